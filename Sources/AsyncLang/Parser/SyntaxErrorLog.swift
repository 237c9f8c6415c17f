/// The syntax errors of one parse, from the lexer and the parser alike, in
/// the order they were found.
final class SyntaxErrorLog {
    struct Entry {
        var message: String
        var range: SourceRange
        /// The error exists only because the input ended inside an unfinished
        /// construct: more input could fix it (the REPL then reads another line).
        var atEndOfInput: Bool
    }

    private(set) var entries: [Entry] = []
    /// Errors past this many are dropped: the parse is abandoned anyway.
    let limit: Int
    /// An unterminated string ran to the end of the input; errors found there
    /// afterwards are echoes of it and are not reported.
    var inputSwallowed = false

    var count: Int { entries.count }
    var isFull: Bool { entries.count >= limit }

    init(limit: Int = .max) {
        self.limit = max(1, limit)
    }

    func add(_ message: String, at range: SourceRange, atEndOfInput: Bool = false) {
        guard !isFull else { return }
        entries.append(Entry(message: message, range: range, atEndOfInput: atEndOfInput))
    }

    /// Entries in source order (stable: equal positions keep the order found).
    func sortedEntries() -> [Entry] {
        entries.enumerated().sorted { a, b in
            a.element.range.start != b.element.range.start
                ? a.element.range.start < b.element.range.start : a.offset < b.offset
        }.map(\.element)
    }
}
