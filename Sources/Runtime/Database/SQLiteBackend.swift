import Runtime

/// An SQLite database: each pool connection is a connection of its own.
struct SQLiteBackend: DatabaseBackend {
    let url: String

    func connect() async throws -> any DatabaseConnection {
        try await SQLiteSession.open(url)
    }

    func close() async {}
}

/// `sqlite::memory:` or `sqlite:PATH` (`sqlite://PATH` too): the path SQLite opens.
enum SQLiteURL {
    static func path(of url: String) -> String {
        var path = url.dropFirst("sqlite:".count)
        if path.hasPrefix("//") { path = path.dropFirst(2) }
        return path.isEmpty ? ":memory:" : String(path)
    }

    /// How errors name the database.
    static func place(of path: String) -> String {
        path == ":memory:" ? "an in-memory database" : path
    }
}
