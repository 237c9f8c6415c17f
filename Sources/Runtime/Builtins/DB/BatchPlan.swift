/// How `executemany` sends its rows: an `INSERT … VALUES ($1, …, $k)` becomes
/// statements of many rows each (`VALUES ($1, $2), ($3, $4), …`), every
/// value still bound; any other statement runs once per row. Either way on
/// one connection, inside one transaction.
struct BatchPlan {
    /// Rows per statement: SQLite's measured sweet spot, and far below both
    /// backends' limits on bound values (32,766 and 65,535).
    static let rowsPerStatement = 500

    let sql: String
    let width: Int
    private let head: String
    private let tuple: String?

    init(_ sql: String, width: Int) {
        self.sql = sql
        self.width = width
        guard width > 0, let (head, tuple) = Self.valuesTuple(of: sql, width: width) else {
            self.head = sql
            self.tuple = nil
            return
        }
        self.head = head
        self.tuple = tuple
    }

    var isMultiRow: Bool { tuple != nil }

    /// The statements to run with their values, `rows` cut into chunks of
    /// `rowsPerStatement` (the text of a full chunk is built once).
    func statements(_ rows: BatchRows) -> [(sql: String, values: [SQLValue])] {
        guard tuple != nil else { return (0..<rows.count).map { (sql, Array(rows.row($0))) } }
        var statements: [(String, [SQLValue])] = []
        var fullChunkText: String?
        var start = 0
        while start < rows.count {
            let count = min(Self.rowsPerStatement, rows.count - start)
            let text: String
            if count == Self.rowsPerStatement {
                text = fullChunkText ?? chunkText(rows: count)
                fullChunkText = text
            } else {
                text = chunkText(rows: count)
            }
            statements.append((text, Array(rows.values[(start * width)..<((start + count) * width)])))
            start += count
        }
        return statements
    }

    /// `INSERT … VALUES ($1, $2), ($3, $4), …` for `rows` rows.
    private func chunkText(rows: Int) -> String {
        guard let tuple else { return sql }
        var text = head
        for index in 0..<rows {
            if index > 0 { text += ", " }
            let offset = index * width
            text += SQLPlaceholders.rewritten(tuple) { "$\($0 + offset)" }
        }
        return text
    }

    /// `INSERT … VALUES` and `($1, $2)` when the statement is an insert whose
    /// last part is one tuple using exactly `$1…$width`, each once.
    private static func valuesTuple(of sql: String, width: Int) -> (String, String)? {
        let trimmed = sql.trimmingSQLEnd()
        guard trimmed.prefix(6).lowercased() == "insert", trimmed.hasSuffix(")") else { return nil }
        let bytes = Array(trimmed.utf8)
        // The tuple's opening parenthesis: walk back to its match.
        var depth = 0
        var open = bytes.count - 1
        while open >= 0 {
            if bytes[open] == UInt8(ascii: ")") { depth += 1 }
            if bytes[open] == UInt8(ascii: "(") {
                depth -= 1
                if depth == 0 { break }
            }
            open -= 1
        }
        guard open > 0 else { return nil }
        let head = String(decoding: bytes[..<open], as: UTF8.self)
        guard head.trimmingSQLEnd().lowercased().hasSuffix("values"), SQLPlaceholders.find(in: head).isEmpty else { return nil }
        let tuple = String(decoding: bytes[open...], as: UTF8.self)
        let numbers = SQLPlaceholders.find(in: tuple).map(\.number)
        guard numbers.sorted() == Array(1...width), !tuple.contains("'"), !tuple.contains("\"") else { return nil }
        return (head, tuple)
    }
}

/// The rows of an `executemany`, their values one after another, `width` a row.
struct BatchRows: Sendable {
    let width: Int
    private(set) var values: [SQLValue] = []
    private(set) var count = 0

    init(width: Int, capacity: Int) {
        self.width = width
        values.reserveCapacity(width * capacity)
    }

    func row(_ index: Int) -> ArraySlice<SQLValue> { values[(index * width)..<((index + 1) * width)] }

    /// Appends a row of `width` values.
    mutating func append(_ row: some Sequence<SQLValue>) {
        values.append(contentsOf: row)
        count += 1
    }
}

extension String {
    /// Without trailing whitespace and semicolons.
    func trimmingSQLEnd() -> String {
        var text = Substring(self)
        while let last = text.last, last.isWhitespace || last == ";" { text = text.dropLast() }
        return String(text)
    }
}
