/// The arguments of a native call, read through checked accessors whose errors
/// all read the same: `sleep() expects a number of seconds, got string`.
/// Sync native functions get `Arguments` (a view of the VM's stack), async
/// ones `AsyncArguments` (a copy they may keep across awaits); both have every
/// accessor below.
public protocol ArgumentList {
    /// The number of positional arguments.
    var count: Int { get }
    /// The positional argument at `index` (which must be below `count`).
    subscript(index: Int) -> Value { get }
    /// The labelled arguments (`limit: 5`), by label.
    var labels: [String: Value] { get }
    /// The called function's name, for messages.
    var functionName: String { get }
}

extension ArgumentList {
    /// The positional argument at `index`, or nil when absent.
    public func optional(_ index: Int) -> Value? { index < count ? self[index] : nil }

    /// The labelled argument, or nil when absent.
    public func label(_ name: String) -> Value? { labels[name] }

    public func int(_ index: Int, _ what: String = "an integer") throws -> Int {
        if case .int(let i) = self[index] { return i }
        throw mismatch(index, what)
    }

    public func number(_ index: Int, _ what: String = "a number") throws -> Double {
        switch self[index] {
        case .int(let i): return Double(i)
        case .float(let d): return d
        default: throw mismatch(index, what)
        }
    }

    public func string(_ index: Int, _ what: String = "a string") throws -> String {
        if case .object(let o) = self[index], o.kind == .string { return unsafeDowncast(o, to: StringObject.self).value }
        throw mismatch(index, what)
    }

    public func bool(_ index: Int, _ what: String = "a bool") throws -> Bool {
        if case .bool(let b) = self[index] { return b }
        throw mismatch(index, what)
    }

    /// A list argument's items.
    public func list(_ index: Int, _ what: String = "a list") throws -> [Value] {
        Array(try listObject(index, what).items)
    }

    func listObject(_ index: Int, _ what: String = "a list") throws -> ListObject {
        if case .object(let o) = self[index], o.kind == .list { return unsafeDowncast(o, to: ListObject.self) }
        throw mismatch(index, what)
    }

    /// A map argument's entries, keyed by their values.
    public func map(_ index: Int, _ what: String = "a map") throws -> MapObject {
        if case .object(let o) = self[index], o.kind == .map { return unsafeDowncast(o, to: MapObject.self) }
        throw mismatch(index, what)
    }

    /// A duration in seconds (int or float, finite, not negative), as nanoseconds.
    public func nanoseconds(_ index: Int, _ what: String = "a number of seconds") throws -> Int64 {
        let seconds = try number(index, what)
        // NaN fails both comparisons; the error path tells the cases apart.
        if seconds >= 0 && seconds < 9e9 { return Int64((seconds * 1e9).rounded()) }
        return try Self.nanoseconds(seconds, self[index], what: what, in: functionName)
    }

    /// The error for an argument that is not what the function expects.
    public func mismatch(_ index: Int, _ what: String) -> ScriptError {
        ScriptError.type("\(functionName)() expects \(what), got \(self[index].typeName)")
    }

    // MARK: Labelled arguments

    /// A labelled string, or nil when it is absent or nil.
    public func string(label: String) throws -> String? {
        guard let value = labels[label] else { return nil }
        if case .object(let o) = value, o.kind == .string { return unsafeDowncast(o, to: StringObject.self).value }
        if case .nil = value { return nil }
        throw labelMismatch(label, "a string", value)
    }

    public func bool(label: String, default fallback: Bool) throws -> Bool {
        guard let value = labels[label] else { return fallback }
        if case .bool(let b) = value { return b }
        throw labelMismatch(label, "a bool", value)
    }

    /// A labelled int, or nil when it is absent or nil.
    public func int(label: String) throws -> Int? {
        guard let value = labels[label] else { return nil }
        if case .int(let i) = value { return i }
        if case .nil = value { return nil }
        throw labelMismatch(label, "an int", value)
    }

    /// A labelled number, or nil when it is absent or nil.
    public func number(label: String) throws -> Double? {
        switch labels[label] {
        case nil, .nil?: return nil
        case .int(let i)?: return Double(i)
        case .float(let d)?: return d
        case let value?: throw labelMismatch(label, "a number", value)
        }
    }

    /// A labelled duration in seconds, as nanoseconds; nil when it is absent or nil.
    public func nanoseconds(label: String) throws -> Int64? {
        guard let seconds = try number(label: label) else { return nil }
        if seconds >= 0 && seconds < 9e9 { return Int64((seconds * 1e9).rounded()) }
        return try Self.nanoseconds(seconds, labels[label]!, what: "'\(label):' to be a number of seconds", in: functionName)
    }

    /// The error for a labelled argument that is not what the function expects.
    public func labelMismatch(_ label: String, _ what: String, _ value: Value) -> ScriptError {
        ScriptError.type("\(functionName)() expects '\(label):' to be \(what), got \(value.typeName)")
    }

    private static func nanoseconds(_ seconds: Double, _ value: Value, what: String, in function: String) throws -> Int64 {
        guard seconds.isFinite, seconds < 9e9 else {
            throw ScriptError.value("\(function)() expects \(what), got \(Printer.display(value))")
        }
        if seconds < 0 {
            throw ScriptError.value(
                "\(function)() expects a number of seconds that is not negative, got \(Printer.display(value))")
        }
        return Int64((seconds * 1e9).rounded())
    }
}
