import Runtime

/// The `DatabaseDriver` the command line gives its interpreters: SQLite
/// through sqlite-nio for `sqlite:` URLs.
public struct StandardDatabaseDriver: DatabaseDriver {
    public init() {}

    public func connect(to url: String) async throws -> any DatabaseConnection {
        switch DatabaseURL.backend(of: url) {
        case "sqlite": return try await SQLiteBackend.open(url)
        default:
            throw DatabaseFailure("this build opens sqlite: databases only; PostgreSQL is not available in it (\(DatabaseURL.withoutPassword(url)))")
        }
    }

    public func connectionLimit(for url: String) -> Int? {
        // sqlite-nio builds SQLite without shared cache: an in-memory database is one connection's.
        if DatabaseURL.backend(of: url) == "sqlite", case .memory = SQLiteBackend.storage(of: url) { return 1 }
        return nil
    }
}
