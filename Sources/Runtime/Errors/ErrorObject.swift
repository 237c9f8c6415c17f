import AsyncLang

/// An error value: what `catch e` binds and `throw` throws.
public final class ErrorObject: Obj {
    public let errorKind: String
    public let message: String
    /// Where each frame was when it was first thrown, innermost first; turned
    /// into text only when someone reads `trace` (most errors are caught unread).
    var frames: [TraceFrame] = [] {
        didSet { formattedTrace = nil }
    }
    // @exclusivity(unchecked) in this file: see "Exclusivity" in Sources/Runtime/README.md.
    @exclusivity(unchecked) private var formattedTrace: [String]?

    /// `file:line:col in fn` lines, innermost first; filled in when first thrown.
    public var trace: [String] {
        if let formattedTrace { return formattedTrace }
        let lines = frames.map(\.description)
        formattedTrace = lines
        return lines
    }
    /// The errors an `ErrorGroup` holds.
    @exclusivity(unchecked) public internal(set) var errors: [Value] = []
    /// Extra fields some kinds carry (`url` on HttpError, `code` on DbError).
    @exclusivity(unchecked) public internal(set) var fields: [String: Value] = [:]
    /// Where it was first thrown, for the caret of the report.
    @exclusivity(unchecked) var origin: (file: SourceFile, offset: Int)?
    /// For a `CancelledError`: the timeout scope or task group that cancelled,
    /// so only that scope turns it into a `TimeoutError` or swallows it.
    @exclusivity(unchecked) var cancelledBy: AnyObject?
    /// Lines printed after the report (a deadlock's wait-for graph).
    @exclusivity(unchecked) var notes: [String] = []
    /// The last task that ended with this error (name and id), so a task that
    /// awaited it can say where it came from.
    @exclusivity(unchecked) var leftTask: (name: String, id: Int)?

    public init(kind: String, message: String) {
        self.errorKind = kind
        self.message = message
        super.init(kind: .error)
    }

    public override var typeName: String { "error" }

    var hasBeenThrown: Bool { origin != nil || !frames.isEmpty }

    /// `ValueError: msg`, as `print` shows it.
    public var summary: String { message.isEmpty ? errorKind : "\(errorKind): \(message)" }

    var isCancellation: Bool { errorKind == ErrorKind.cancelledError }
}

/// One line of a trace, kept as the function and source offset until it is read.
struct TraceFrame {
    let proto: Unmanaged<FunctionProto>
    let offset: Int32
    /// Set on the first frame of a task that awaited the error from another
    /// task: that task's label (`boom#2`), where the error crossed over.
    var awaiting: String? = nil

    var description: String {
        "\(location) in \(proto.takeUnretainedValue().name)" + (awaiting.map { " (awaiting \($0))" } ?? "")
    }

    /// `file:line:col`
    var location: String {
        let file = proto.takeUnretainedValue().file
        return "\(file.path):\(file.position(of: Int(offset)))"
    }
}

/// The Swift error that carries an AsyncLang error through the VM and builtins.
// @unchecked Sendable: an error value never leaves the interpreter (one executor) that made it.
public struct ScriptError: Error, @unchecked Sendable {
    public let error: ErrorObject

    public init(_ error: ErrorObject) { self.error = error }

    public init(_ kind: String, _ message: String) {
        self.error = ErrorObject(kind: kind, message: message)
    }

    static func type(_ message: String) -> ScriptError { ScriptError(ErrorKind.typeError, message) }
    static func value(_ message: String) -> ScriptError { ScriptError(ErrorKind.valueError, message) }
    static func index(_ message: String) -> ScriptError { ScriptError(ErrorKind.indexError, message) }
    static func key(_ message: String) -> ScriptError { ScriptError(ErrorKind.keyError, message) }
    static func overflow(_ message: String = "integer overflow") -> ScriptError {
        ScriptError(ErrorKind.overflowError, message)
    }
    static func zeroDivision(_ message: String = "division by zero") -> ScriptError {
        ScriptError(ErrorKind.zeroDivisionError, message)
    }
}
