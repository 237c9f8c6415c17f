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

    /// The statements to run with their values, `rows` cut into chunks.
    func statements(_ rows: [[SQLValue]]) -> [(sql: String, values: [SQLValue])] {
        guard let tuple else { return rows.map { (sql, $0) } }
        var statements: [(String, [SQLValue])] = []
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(start + Self.rowsPerStatement, rows.count)]
            var text = head
            var values: [SQLValue] = []
            values.reserveCapacity(chunk.count * width)
            for (index, row) in chunk.enumerated() {
                if index > 0 { text += ", " }
                let offset = index * width
                text += SQLPlaceholders.rewritten(tuple) { "$\($0 + offset)" }
                values += row
            }
            statements.append((text, values))
            start += Self.rowsPerStatement
        }
        return statements
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

extension String {
    /// Without trailing whitespace and semicolons.
    func trimmingSQLEnd() -> String {
        var text = Substring(self)
        while let last = text.last, last.isWhitespace || last == ";" { text = text.dropLast() }
        return String(text)
    }
}
