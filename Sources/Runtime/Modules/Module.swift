/// A named set of builtins, declared from tables: functions and native types
/// (whose constructors it registers beside its functions). An ordinary module's
/// functions are globals (`sleep`, `Lock`); a namespace module's are reached
/// through its name (`json.parse`). The runtime's own builtins come in modules
/// (`Module.standard`); a host registers its own exactly the same way, and
/// `Configuration.modules` says which modules a script gets.
public struct Module: Sendable {
    public let name: String
    /// Whether scripts reach the functions as `name.function` instead of as globals.
    public let isNamespace: Bool
    public let functions: [NativeFunction]
    public let types: [NativeType]
    /// What `help()` says of the module.
    public let doc: String
    /// The functions and the types' constructors: what the module defines.
    public let exports: [NativeFunction]
    /// The global names the module defines: its namespace, or every export.
    public let globalNames: [String]
    /// A namespace's fields (`parse` of `json.parse`), made once: every
    /// interpreter's module object shares them.
    let fields: [String: NativeFunction]

    public init(
        _ name: String, namespace: Bool = false, doc: String = "", functions: [NativeFunction] = [],
        types: [NativeType] = []
    ) {
        self.name = name
        self.isNamespace = namespace
        self.doc = doc
        self.functions = functions
        self.types = types
        exports = functions + types.compactMap(\.constructor)
        globalNames = namespace ? [name] : exports.map(\.name)
        // `json.parse` is the field `parse`: a namespace's functions may carry its name as a prefix.
        let prefix = name + "."
        fields =
            namespace
            ? Dictionary(
                exports.map { ($0.name.hasPrefix(prefix) ? String($0.name.dropFirst(prefix.count)) : $0.name, $0) },
                uniquingKeysWith: { _, last in last })
            : [:]
    }
}

/// The value a namespace module's name holds: `json` in `json.parse(s)`.
/// Its fields are the module's functions; it prints as `<module json>`.
final class ModuleObject: NativeObject {
    let module: Module
    private let exports: [String: NativeFunction]

    static let nativeType = NativeType(
        "module", of: ModuleObject.self, doc: "module — a namespace of functions: json.parse(s)",
        otherFields: (
            get: { namespace, name in namespace.exports[name].map { .native(Unmanaged.passUnretained($0)) } },
            names: { Array($0.exports.keys) }
        ),
        awaitingInVM: nil, nextInVM: nil,
        display: { "<module \($0.module.name)>" })

    init(_ module: Module) {
        self.module = module
        exports = module.fields
        super.init(type: Self.nativeType)
    }
}
