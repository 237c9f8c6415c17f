import Foundation
import Testing

/// The throwaway PostgreSQL server `.ci/with-postgres` runs beside the tests
/// (the README's test command and `.ci/run` use it). Without it these tests
/// fail and say how to run them: they are never skipped.
enum TestPostgres {
    static var url: String? { ProcessInfo.processInfo.environment["ASYNCREPL_POSTGRES_URL"] }

    static func requireURL(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try #require(url, "no PostgreSQL server: run the tests as `bash .ci/with-postgres swift test …`", sourceLocation: sourceLocation)
    }

    /// A table name of its own for one test, so tests can run at once on one server.
    static func table(_ stem: String) -> String {
        "\(stem)_\(UInt32.random(in: 0...UInt32.max))"
    }
}

/// A second throwaway server of one test's own, which it may stop and start
/// (the shared one must stay up for the others).
final class OwnPostgresServer: Sendable {
    let url: String
    private let bin: String
    private let data: String
    private let port: Int
    private let directory: String

    init() throws {
        let environment = ProcessInfo.processInfo.environment
        bin = try #require(environment["ASYNCREPL_PG_BIN"], "run the tests under `bash .ci/with-postgres`")
        directory = NSTemporaryDirectory() + "asyncrepl-own-pg-\(UUID().uuidString)"
        data = directory + "/data"
        port = Int.random(in: 40_000...59_999)
        url = "postgres://postgres@127.0.0.1:\(port)/postgres"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try Self.asPostgres(["chown", "postgres", directory], asRoot: true)
        try Self.asPostgres([bin + "/initdb", "-D", data, "-U", "postgres", "-A", "trust", "--no-sync"])
        try start()
    }

    func start() throws {
        try Self.asPostgres([
            bin + "/pg_ctl", "-D", data, "-l", directory + "/server.log", "-w", "start", "-o",
            "-c listen_addresses=127.0.0.1 -p \(port) -k \(directory) -c fsync=off",
        ])
    }

    func stop() throws {
        try Self.asPostgres([bin + "/pg_ctl", "-D", data, "-m", "immediate", "-w", "stop"])
    }

    deinit {
        try? stop()
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Runs a command as the postgres user when the tests run as root (initdb
    /// refuses root), with posix_spawn and waitpid: Foundation's Process does
    /// not reap reliably beside the other tests' children.
    private static func asPostgres(_ command: [String], asRoot: Bool = false) throws {
        let root = getuid() == 0
        let argv: [String]
        if asRoot {
            guard root else { return }
            argv = ["/bin/" + command[0]] + command.dropFirst()
        } else if root {
            argv = ["/usr/sbin/runuser", "-u", "postgres", "--"] + command
        } else {
            argv = command
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { for argument in cArguments { free(argument) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, nil, &cArguments, environ)
        guard spawned == 0 else { throw OwnServerError(message: "cannot start \(argv[0]): error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        guard status == 0 else {
            throw OwnServerError(message: "\(command.joined(separator: " ")) failed (wait status \(status))")
        }
    }
}

struct OwnServerError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
