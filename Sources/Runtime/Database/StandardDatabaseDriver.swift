import Runtime

/// The `DatabaseDriver` the command line gives its interpreters: SQLite
/// through sqlite-nio for `sqlite:` URLs, PostgreSQL through postgres-nio's
/// `PostgresClient` for `postgres://` ones.
public struct StandardDatabaseDriver: DatabaseDriver {
    public init() {}

    public func open(_ url: String, minimum: Int, maximum: Int) async throws -> any DatabaseBackend {
        switch DatabaseURL.backend(of: url) {
        case "sqlite": return SQLiteBackend(url: url)
        case "postgres": return try PostgresBackend(url: url, minimum: minimum, maximum: maximum)
        default: throw DatabaseFailure("not a database URL this driver opens: \(DatabaseURL.withoutPassword(url))")
        }
    }

    public func connectionLimit(for url: String) -> Int? {
        // sqlite-nio builds SQLite without shared cache: an in-memory database is one connection's.
        if DatabaseURL.backend(of: url) == "sqlite", SQLiteURL.path(of: url) == ":memory:" { return 1 }
        return nil
    }
}
