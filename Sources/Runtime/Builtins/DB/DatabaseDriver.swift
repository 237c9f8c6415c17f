/// What carries real databases for an interpreter (`Configuration.databaseDriver`);
/// the `db` module's pools, transactions and batches are built on it. The
/// command line gives `RuntimeDatabase`'s driver (SQLite, PostgreSQL).
public protocol DatabaseDriver: Sendable {
    /// Opens the database `url` names (`sqlite::memory:`, `sqlite:app.db`,
    /// `postgres://user@host:5432/app`) for a pool of at most `maximum`
    /// connections, of which the backend may keep `minimum` open.
    func open(_ url: String, minimum: Int, maximum: Int) async throws -> any DatabaseBackend

    /// How many connections one database `url` can have at once, when the
    /// backend limits it (an in-memory SQLite database lives in one connection).
    func connectionLimit(for url: String) -> Int?
}

/// One opened database: it gives the pool its connections.
public protocol DatabaseBackend: Sendable {
    func connect() async throws -> any DatabaseConnection
    /// Ends what the backend runs (a PostgreSQL client's pool); the pool has closed every connection first.
    func close() async
}

/// One open connection. Statements on one connection run one after another,
/// in the order they were given, even when the task that gave one stopped
/// waiting for it (a cancelled query still ends before the next statement).
public protocol DatabaseConnection: AnyObject, Sendable {
    /// Runs one statement with `$1…$n` bound to `values`; `counting` asks for
    /// the number of rows it changed instead of its rows.
    func run(_ sql: String, _ values: [SQLValue], counting: Bool) async throws -> SQLResult
    /// `run`, reporting its end by calling `completion` once, from any thread,
    /// instead of as an async call; returns what stops the statement when its
    /// task gives up on it. A connection with a thread of its own implements it
    /// to spare the interpreter a Swift task per statement; by default `run`
    /// runs in a task of its own.
    func start(
        _ sql: String, _ values: [SQLValue], counting: Bool,
        completion: @escaping @Sendable (Result<SQLResult, any Error>) -> Void
    ) -> @Sendable () -> Void
    /// Runs `sql` once for each row of `values` (`width` values a row) in one
    /// go, inside the transaction the caller opened, and returns the rows it
    /// changed; nil when the backend cannot for this statement (the caller then
    /// runs it row by row). By default nil.
    func runEach(_ sql: String, values: [SQLValue], width: Int) async throws -> Int?
    func close() async
    /// The statement that starts a transaction (`BEGIN` unless the backend wants more).
    var beginStatement: String { get }
}

extension DatabaseConnection {
    public var beginStatement: String { "BEGIN" }

    public func runEach(_ sql: String, values: [SQLValue], width: Int) async throws -> Int? { nil }

    public func start(
        _ sql: String, _ values: [SQLValue], counting: Bool,
        completion: @escaping @Sendable (Result<SQLResult, any Error>) -> Void
    ) -> @Sendable () -> Void {
        let task = Task {
            do {
                completion(.success(try await run(sql, values, counting: counting)))
            } catch {
                completion(.failure(error))
            }
        }
        return { task.cancel() }
    }
}

/// A value bound to a placeholder or read from a column.
public enum SQLValue: Sendable, Equatable {
    case null
    case integer(Int)
    case real(Double)
    case text(String)
    case boolean(Bool)
    case blob([UInt8])
}

/// What a statement gave: its columns and rows, or how many rows it changed.
public struct SQLResult: Sendable {
    public var columns: [String]
    public var rows: [[SQLValue]]
    public var changed: Int

    public init(columns: [String] = [], rows: [[SQLValue]] = [], changed: Int = 0) {
        self.columns = columns
        self.rows = rows
        self.changed = changed
    }
}

/// A backend's refusal: its message and, where it has one, its code
/// (PostgreSQL's SQLSTATE, SQLite's extended result name). Scripts see a `DbError`.
public struct DatabaseFailure: Error, Sendable, Equatable {
    public var message: String
    public var code: String?
    /// The connection cannot take more statements (the server went away): the
    /// pool drops it and opens a new one for the next borrower.
    public var isConnectionLost: Bool

    public init(_ message: String, code: String? = nil, isConnectionLost: Bool = false) {
        self.message = message
        self.code = code
        self.isConnectionLost = isConnectionLost
    }
}
