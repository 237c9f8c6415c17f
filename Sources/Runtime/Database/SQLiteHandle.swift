import Runtime
import VaporCSQLite

/// One open libsqlite3 connection (the SQLite that sqlite-nio vendors and
/// builds) and its prepared statements, kept by SQL text so that a statement
/// run again is bound and stepped, not compiled again. Used only from its
/// connection's worker thread; `interrupt()` is the one call safe from others.
final class SQLiteHandle: @unchecked Sendable {
    private var raw: OpaquePointer?
    private var prepared: [String: OpaquePointer] = [:]
    private static let preparedLimit = 64

    private init(_ raw: OpaquePointer) {
        self.raw = raw
    }

    /// Opens `path` (`:memory:` for a private in-memory database), creating
    /// the file when missing; a busy database is waited for up to 5 s.
    static func open(_ path: String) throws -> SQLiteHandle {
        var raw: OpaquePointer?
        let flags = SQLITE_OPEN_CREATE | SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI | SQLITE_OPEN_EXRESCODE
        let status = sqlite_nio_sqlite3_open_v2(path, &raw, flags, nil)
        guard status == SQLITE_OK, let raw else {
            let message = raw.map { String(cString: sqlite_nio_sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite_nio_sqlite3_close(raw)
            throw DatabaseFailure(message, code: SQLiteResultName.of(status))
        }
        sqlite_nio_sqlite3_busy_timeout(raw, 5000)
        return SQLiteHandle(raw)
    }

    deinit { close() }

    func close() {
        guard let raw else { return }
        for statement in prepared.values { sqlite_nio_sqlite3_finalize(statement) }
        prepared = [:]
        sqlite_nio_sqlite3_close_v2(raw)
        self.raw = nil
    }

    /// Stops the statement running now: it fails with SQLITE_INTERRUPT.
    func interrupt() {
        if let raw { sqlite_nio_sqlite3_interrupt(raw) }
    }

    /// Runs one statement with `values` bound to `$1…$n`; `counting` gives the
    /// rows it changed (0 for one that changes none) instead of its rows.
    func run(_ sql: String, _ values: [SQLValue], counting: Bool) throws -> SQLResult {
        guard let raw else { throw DatabaseFailure("the connection is closed") }
        guard let statement = try statement(for: sql, on: raw) else { return SQLResult() }
        defer {
            sqlite_nio_sqlite3_reset(statement)
            sqlite_nio_sqlite3_clear_bindings(statement)
        }
        for (index, value) in values.enumerated() {
            let status = Self.bind(value, at: Int32(index + 1), in: statement)
            guard status == SQLITE_OK else { throw failure(status, raw) }
        }
        let changesBefore = sqlite_nio_sqlite3_total_changes64(raw)
        let width = sqlite_nio_sqlite3_column_count(statement)
        var rows: [[SQLValue]] = []
        while true {
            let status = sqlite_nio_sqlite3_step(statement)
            if status == SQLITE_DONE { break }
            guard status == SQLITE_ROW else { throw failure(status, raw) }
            if !counting { rows.append((0..<width).map { Self.column($0, of: statement) }) }
        }
        if counting {
            // `changes()` keeps the count of the last statement that changed rows: ask it only when this one did.
            let changed = sqlite_nio_sqlite3_total_changes64(raw) != changesBefore ? sqlite_nio_sqlite3_changes64(raw) : 0
            return SQLResult(changed: Int(changed))
        }
        let columns = (0..<width).map { sqlite_nio_sqlite3_column_name(statement, $0).map { String(cString: $0) } ?? "?column\($0 + 1)" }
        return SQLResult(columns: columns, rows: rows)
    }

    /// The prepared statement for `sql` (nil when it holds none: only a comment).
    private func statement(for sql: String, on raw: OpaquePointer) throws -> OpaquePointer? {
        if let statement = prepared[sql] { return statement }
        // SQLite numbers `$1` by first appearance; `?1` is the value at that position.
        let numbered = SQLPlaceholders.rewritten(sql) { "?\($0)" }
        var statement: OpaquePointer?
        let more: Bool = try numbered.withCString { text in
            var tail: UnsafePointer<CChar>?
            let status = sqlite_nio_sqlite3_prepare_v3(raw, text, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, &tail)
            guard status == SQLITE_OK else { throw failure(status, raw) }
            guard let tail, tail.pointee != 0 else { return false }
            // What follows the first statement must be empty or comments.
            var next: OpaquePointer?
            let rest = sqlite_nio_sqlite3_prepare_v2(raw, tail, -1, &next, nil)
            sqlite_nio_sqlite3_finalize(next)
            return rest != SQLITE_OK || next != nil
        }
        if more {
            sqlite_nio_sqlite3_finalize(statement)
            throw DatabaseFailure(
                "one statement at a time: the SQL goes on after its first ';' (run each statement on its own)",
                code: "SQLITE_MISUSE")
        }
        guard let statement else { return nil }
        if prepared.count >= Self.preparedLimit {
            for old in prepared.values { sqlite_nio_sqlite3_finalize(old) }
            prepared = [:]
        }
        prepared[sql] = statement
        return statement
    }

    private func failure(_ status: Int32, _ raw: OpaquePointer) -> DatabaseFailure {
        DatabaseFailure(String(cString: sqlite_nio_sqlite3_errmsg(raw)), code: SQLiteResultName.of(status))
    }

    private static func bind(_ value: SQLValue, at index: Int32, in statement: OpaquePointer) -> Int32 {
        switch value {
        case .null: return sqlite_nio_sqlite3_bind_null(statement, index)
        case .integer(let number): return sqlite_nio_sqlite3_bind_int64(statement, index, Int64(number))
        case .real(let number): return sqlite_nio_sqlite3_bind_double(statement, index, number)
        case .boolean(let flag): return sqlite_nio_sqlite3_bind_int64(statement, index, flag ? 1 : 0)
        case .text(let text):
            var text = text
            return text.withUTF8 {
                sqlite_nio_sqlite3_bind_text64(
                    statement, index, UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self),
                    UInt64($0.count), transient, UInt8(SQLITE_UTF8))
            }
        case .blob(let bytes):
            return bytes.withUnsafeBytes {
                sqlite_nio_sqlite3_bind_blob64(statement, index, $0.baseAddress ?? UnsafeRawPointer(bitPattern: 1), UInt64($0.count), transient)
            }
        }
    }

    private static func column(_ index: Int32, of statement: OpaquePointer) -> SQLValue {
        switch sqlite_nio_sqlite3_column_type(statement, index) {
        case SQLITE_INTEGER: return .integer(Int(sqlite_nio_sqlite3_column_int64(statement, index)))
        case SQLITE_FLOAT: return .real(sqlite_nio_sqlite3_column_double(statement, index))
        case SQLITE_TEXT:
            let count = Int(sqlite_nio_sqlite3_column_bytes(statement, index))
            guard let text = sqlite_nio_sqlite3_column_text(statement, index) else { return .text("") }
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            let count = Int(sqlite_nio_sqlite3_column_bytes(statement, index))
            guard let bytes = sqlite_nio_sqlite3_column_blob(statement, index) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: bytes, count: count)))
        default: return .null
        }
    }
}

/// SQLite copies a value bound with this destructor before the call returns.
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
