/// Every error the user sees, compile-time or runtime, is one of these and is
/// printed by `DiagnosticRenderer` in the format of LANGUAGE.md section 5.
public struct Diagnostic: Error, Sendable {
    /// What follows `error` in the heading: `error[syntax]: ...` or `error: ValueError: ...`.
    public enum Category: Sendable, Equatable {
        /// A compile error: `error[syntax]: MESSAGE`.
        case syntax
        /// An uncaught runtime error: `error: KIND: MESSAGE`.
        case runtime(kind: String)
        /// A warning: `warning: MESSAGE`.
        case warning
    }

    public var category: Category
    public var message: String
    /// The file and byte range the caret points at, when there is one.
    public var file: SourceFile?
    public var range: SourceRange?
    /// `file:line:col in fn` lines, innermost first.
    public var trace: [String]
    /// Extra lines printed after the report (a deadlock's wait-for graph, a hint).
    public var notes: [String]

    public init(
        _ category: Category, _ message: String, file: SourceFile? = nil, range: SourceRange? = nil,
        trace: [String] = [], notes: [String] = []
    ) {
        self.category = category
        self.message = message
        self.file = file
        self.range = range
        self.trace = trace
        self.notes = notes
    }

    public static func syntax(_ message: String, in file: SourceFile, at range: SourceRange) -> Diagnostic {
        Diagnostic(.syntax, message, file: file, range: range)
    }

    /// The first line of the report, e.g. `error: ZeroDivisionError: division by zero`.
    public var heading: String {
        switch category {
        case .syntax: return "error[syntax]: \(message)"
        case .runtime(let kind): return message.isEmpty ? "error: \(kind)" : "error: \(kind): \(message)"
        case .warning: return "warning: \(message)"
        }
    }

    /// `file:line:col` of the caret, when there is one.
    public var locationDescription: String? {
        guard let file, let range else { return nil }
        return "\(file.path):\(file.position(of: range.start))"
    }
}
