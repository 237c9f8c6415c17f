/// The top-level names a script or REPL session has declared so far. The
/// resolver reads it to reject assignments to a top-level `let`, and returns
/// the names a new program adds so the REPL can keep them across entries.
public struct GlobalScope: Sendable {
    public struct Entry: Sendable {
        public var isMutable: Bool
        /// `file:line:col` of the declaration, quoted in errors.
        public var declaredAt: String
        public init(isMutable: Bool, declaredAt: String) {
            self.isMutable = isMutable
            self.declaredAt = declaredAt
        }
    }

    public private(set) var entries: [String: Entry] = [:]

    public init() {}

    public subscript(name: String) -> Entry? { entries[name] }

    public mutating func declare(_ name: String, _ entry: Entry) {
        entries[name] = entry
    }

    public var names: Dictionary<String, Entry>.Keys { entries.keys }
}
