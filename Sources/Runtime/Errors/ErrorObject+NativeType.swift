/// What scripts see of an error: `e.kind`, `e.message`, `e.trace`, `e.errors`
/// (an `ErrorGroup`'s errors) and the fields some kinds carry (`url` on
/// `HttpError`, `code` on `DbError`); it prints as `ValueError: boom`.
extension ErrorObject {
    static let nativeType = NativeType(
        "error", of: ErrorObject.self, doc: "error — an error value: `throw` throws one, `catch e` binds one",
        fields: [
            NativeField("kind", doc: "kind — \"ValueError\", \"TimeoutError\", or a custom kind") { .string($0.errorKind) },
            NativeField("message", doc: "message — what went wrong") { .string($0.message) },
            NativeField("trace", doc: "trace — \"file:line:col in fn\" lines, innermost first") { .list($0.trace.map { .string($0) }) },
            NativeField("errors", doc: "errors — the errors an ErrorGroup holds") { .list($0.errors) },
        ],
        otherFields: (get: { error, name in error.fields[name] }, names: { Array($0.fields.keys) }),
        awaitingInVM: nil, nextInVM: nil,
        display: { $0.summary })
}
