import Logging
import NIOCore
import Runtime
import SQLiteNIO
import Synchronization

/// An SQLite database: each connection is its own sqlite-nio connection.
struct SQLiteBackend: DatabaseBackend {
    let url: String

    func connect() async throws -> any DatabaseConnection {
        try await SQLiteSession.open(url)
    }

    func close() async {}
}

/// One connection to an SQLite database through sqlite-nio: statements run
/// on NIO's thread pool, never on the interpreter's thread, one at a time.
final class SQLiteSession: DatabaseConnection {
    private let connection: SQLiteConnection
    private let serial = SerialWork()

    private init(_ connection: SQLiteConnection) {
        self.connection = connection
    }

    deinit {
        // A pool dropped without close() (a REPL's :reset, a host's interpreter
        // released): the close holds the connection until it is done.
        if !connection.isClosed { _ = connection.close() }
    }

    static let logger = Logger(label: "asyncrepl.db.sqlite", factory: { _ in SwiftLogNoOpLogHandler() })

    /// `sqlite::memory:` or `sqlite:PATH` (`sqlite://PATH` too).
    static func storage(of url: String) -> SQLiteConnection.Storage {
        var path = url.dropFirst("sqlite:".count)
        if path.hasPrefix("//") { path = path.dropFirst(2) }
        return path == ":memory:" || path.isEmpty ? .memory : .file(path: String(path))
    }

    static func open(_ url: String) async throws -> SQLiteSession {
        let storage = storage(of: url)
        let place: String
        switch storage {
        case .memory: place = "an in-memory database"
        case .file(let path): place = path
        }
        let connection: SQLiteConnection
        do {
            connection = try await SQLiteConnection.open(storage: storage, logger: logger)
        } catch let error as SQLiteError {
            throw DatabaseFailure("cannot open \(place): \(error.message)", code: code(of: error))
        }
        let backend = SQLiteSession(connection)
        do {
            // A file that is not a database opens; its first read says so.
            _ = try await backend.run("SELECT count(*) FROM sqlite_master", [], counting: false)
        } catch let failure as DatabaseFailure {
            await backend.close()
            throw DatabaseFailure("cannot open \(place): \(failure.message)", code: failure.code)
        }
        return backend
    }

    func run(_ sql: String, _ values: [SQLValue], counting: Bool) async throws -> SQLResult {
        let connection = self.connection
        return try await serial.run {
            // SQLite numbers `$1` by first appearance; `?1` is the value at that position.
            let numbered = SQLPlaceholders.rewritten(sql) { "?\($0)" }
            let rows = Mutex<[SQLiteRow]>([])
            do {
                try await connection.query(numbered, values.map(Self.data)) { row in rows.withLock { $0.append(row) } }
                if counting {
                    let changed = Mutex(0)
                    try await connection.query("SELECT changes()", []) { row in
                        changed.withLock { $0 = row.columns.first?.data.integer ?? 0 }
                    }
                    return SQLResult(changed: changed.withLock { $0 })
                }
            } catch let error as SQLiteError {
                throw DatabaseFailure(error.message, code: Self.code(of: error))
            }
            let collected = rows.withLock { $0 }
            return SQLResult(
                columns: collected.first?.columns.map(\.name) ?? [],
                rows: collected.map { $0.columns.map { Self.value($0.data) } })
        }
    }

    func close() async {
        try? await serial.run { [connection] in try await connection.close() }
    }

    private static func data(_ value: SQLValue) -> SQLiteData {
        switch value {
        case .null: .null
        case .integer(let number): .integer(number)
        case .real(let number): .float(number)
        case .text(let text): .text(text)
        case .boolean(let flag): .integer(flag ? 1 : 0)
        case .blob(let bytes): .blob(ByteBuffer(bytes: bytes))
        }
    }

    private static func value(_ data: SQLiteData) -> SQLValue {
        switch data {
        case .null: .null
        case .integer(let number): .integer(number)
        case .float(let number): .real(number)
        case .text(let text): .text(text)
        case .blob(let buffer): .blob(Array(buffer.readableBytesView))
        }
    }

    /// The kind of refusal: `constraint`, `error` (syntax and the like), `notADatabase`…
    private static func code(of error: SQLiteError) -> String {
        String(describing: error.reason)
    }
}
