import Foundation
import Logging
import PostgresNIO
import Runtime

/// A PostgreSQL database through postgres-nio's `PostgresClient`, whose own
/// pool makes, keeps alive and replaces the connections; `run()` goes on in
/// a task of its own for the backend's whole life, as the client needs. The
/// interpreter's pool borrows connections from it (`withConnection`) and
/// holds each while the script uses it.
final class PostgresBackend: DatabaseBackend {
    private let client: PostgresClient
    private let running: Task<Void, Never>
    let place: String
    /// For one direct connection when the client's pool is slow to lend: the
    /// pool retries failed connections quietly, the direct one says why.
    private let probeConfiguration: PostgresConnection.Configuration

    static let logger = Logger(label: "asyncrepl.db.postgres", factory: { _ in SwiftLogNoOpLogHandler() })

    init(url: String, minimum: Int, maximum: Int) throws {
        guard let parts = URLComponents(string: url), let host = parts.host, !host.isEmpty else {
            throw DatabaseFailure("not a PostgreSQL URL (postgres://user@host:5432/database): \(DatabaseURL.withoutPassword(url))")
        }
        let port = parts.port ?? 5432
        let user = parts.user.flatMap { $0.removingPercentEncoding } ?? "postgres"
        let database = String(parts.path.drop { $0 == "/" })
        var configuration = PostgresClient.Configuration(
            host: host, port: port, username: user, password: parts.password?.removingPercentEncoding,
            database: database.isEmpty ? nil : database, tls: .disable)
        configuration.options.minimumConnections = minimum
        configuration.options.maximumConnections = maximum
        configuration.options.connectTimeout = .seconds(10)
        let client = PostgresClient(configuration: configuration, backgroundLogger: Self.logger)
        self.client = client
        place = "\(host):\(port)"
        var probe = PostgresConnection.Configuration(
            host: host, port: port, username: user, password: parts.password?.removingPercentEncoding,
            database: database.isEmpty ? nil : database, tls: .disable)
        probe.options.connectTimeout = .seconds(10)
        probeConfiguration = probe
        running = Task { await client.run() }
    }

    func connect() async throws -> any DatabaseConnection {
        try await PostgresSession.borrow(from: client, place: place, probe: probeConfiguration)
    }

    func close() async {
        running.cancel()
        await running.value
    }
}

/// One connection borrowed from the client, held until `close()` gives it back.
final class PostgresSession: DatabaseConnection {
    private let connection: PostgresConnection
    private let giveBack: AsyncStream<Void>.Continuation
    private let serial = SerialWork()
    private let place: String

    private init(_ connection: PostgresConnection, giveBack: AsyncStream<Void>.Continuation, place: String) {
        self.connection = connection
        self.giveBack = giveBack
        self.place = place
    }

    deinit { giveBack.finish() }

    /// A connection from the client's pool. When none comes within half a
    /// second, a direct connection tells whether the server is there: its
    /// refusal (or the server's own message: no such role, wrong password)
    /// ends the wait; otherwise the wait goes on, up to 10 seconds.
    static func borrow(
        from client: PostgresClient, place: String, probe: PostgresConnection.Configuration
    ) async throws -> PostgresSession {
        let (borrowed, deliver) = AsyncStream<Result<PostgresSession, any Error>>.makeStream()
        let lending = Task {
            do {
                try await client.withConnection { connection in
                    let (released, release) = AsyncStream<Void>.makeStream()
                    deliver.yield(.success(PostgresSession(connection, giveBack: release, place: place)))
                    for await _ in released {}
                }
            } catch {
                deliver.yield(.failure(error))
            }
        }
        let checking = Task {
            try? await Task.sleep(for: .milliseconds(500))
            guard !Task.isCancelled else { return }
            do {
                let direct = try await PostgresConnection.connect(configuration: probe, id: 0, logger: PostgresBackend.logger)
                try? await direct.close()
                try? await Task.sleep(for: .seconds(10))
                if !Task.isCancelled {
                    deliver.yield(.failure(DatabaseFailure("no connection to \(place) came within 10 s", isConnectionLost: true)))
                }
            } catch {
                deliver.yield(.failure(error))
            }
        }
        defer {
            checking.cancel()
            deliver.finish()
        }
        for await outcome in borrowed {
            switch outcome {
            case .success(let session): return session
            case .failure(let error):
                lending.cancel()
                throw failure(error, place: place)
            }
        }
        throw DatabaseFailure("could not borrow a connection to \(place)")
    }

    func run(_ sql: String, _ values: [SQLValue], counting: Bool) async throws -> SQLResult {
        let connection = self.connection
        let place = self.place
        return try await serial.run {
            // A statement written to a connection that has closed would wait for ever.
            guard !connection.isClosed else {
                throw DatabaseFailure("the connection to \(place) was closed (the server went away?)", isConnectionLost: true)
            }
            var bindings = PostgresBindings(capacity: values.count)
            for value in values { Self.bind(value, into: &bindings) }
            let query = PostgresQuery(unsafeSQL: sql, binds: bindings)
            let collected = RowCollector()
            do {
                let metadata = try await connection.query(query, logger: PostgresBackend.logger) { row in
                    try collected.add(row)
                }.get()
                if counting { return SQLResult(changed: metadata.rows ?? 0) }
                return SQLResult(columns: collected.columns, rows: collected.rows, changed: metadata.rows ?? 0)
            } catch let failure as DatabaseFailure {
                throw failure
            } catch {
                throw Self.failure(error, place: place)
            }
        }
    }

    func close() async {
        giveBack.finish()
    }

    private static func bind(_ value: SQLValue, into bindings: inout PostgresBindings) {
        switch value {
        case .null: bindings.appendNull()
        case .integer(let number): bindings.append(number)
        case .real(let number): bindings.append(number)
        case .text(let text): bindings.append(text)
        case .boolean(let flag): bindings.append(flag)
        case .blob(let bytes): bindings.append(ByteBuffer(bytes: bytes))
        }
    }

    /// The server's message and SQLSTATE, or what happened to the connection.
    static func failure(_ error: any Error, place: String) -> DatabaseFailure {
        guard let psql = error as? PSQLError else { return DatabaseFailure(String(describing: error)) }
        if let info = psql.serverInfo, let message = info[.message] {
            var text = message
            if let detail = info[.detail] { text += " (\(detail))" }
            return DatabaseFailure(text, code: info[.sqlState])
        }
        switch psql.code {
        case .connectionError:
            let reason = psql.underlying.map { String(describing: $0) } ?? "no reason given"
            if reason.contains("refused") { return DatabaseFailure("connection refused by \(place)", isConnectionLost: true) }
            return DatabaseFailure("cannot connect to \(place): \(reason)", isConnectionLost: true)
        case .serverClosedConnection, .clientClosedConnection, .uncleanShutdown:
            return DatabaseFailure("the connection to \(place) was closed (the server went away?)", isConnectionLost: true)
        case .poolClosed:
            return DatabaseFailure("the pool for \(place) is closed", isConnectionLost: true)
        default:
            return DatabaseFailure("\(psql.code) talking to \(place)", isConnectionLost: psql.code == .messageDecodingFailure)
        }
    }
}
