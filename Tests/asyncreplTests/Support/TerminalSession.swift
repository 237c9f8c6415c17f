import CEditLine
import Foundation
import Testing

/// The real `asyncrepl` binary in a real pseudo-terminal: a private tmux
/// server (its own socket, no config file) runs it in a window of a fixed
/// size; tests type into it and read the screen back. When the program exits,
/// the window stays and shows `[exit STATUS]`.
final class TerminalSession {
    private let socket = "asyncrepl-test-\(UUID().uuidString.prefix(8))"

    /// Starts `asyncrepl arguments` with `environment` added (HOME, XDG_STATE_HOME…) in `directory`.
    init(
        _ arguments: [String], environment: [String: String], directory: String, width: Int = 100, height: Int = 40
    ) throws {
        let binary = try #require(AsyncReplBinary.path, "build asyncrepl first (swift build), or set ASYNCREPL_BINARY")
        let command = ([binary] + arguments).map(Self.shellQuoted).joined(separator: " ")
        var start = ["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-c", directory]
        let fullEnvironment = ["TERM": "xterm", "LANG": "C.UTF-8"].merging(environment) { $1 }
        for (name, value) in fullEnvironment.sorted(by: { $0.key < $1.key }) { start += ["-e", "\(name)=\(value)"] }
        start.append("\(command); echo \"[exit $?]\"; sleep 3600")
        let started = try tmux(start)
        try #require(started.status == 0, "tmux could not start a session: \(started.output)")
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    /// Types `text` literally (no key names).
    func type(_ text: String) throws {
        _ = try tmux(["send-keys", "-l", text])
    }

    /// Presses keys by tmux name: `Enter`, `Tab`, `Up`, `C-c`, `C-d`, `BSpace`…
    func press(_ keys: String...) throws {
        _ = try tmux(["send-keys"] + keys)
    }

    /// What the terminal shows now, one string per row, without trailing blank rows.
    func screen() throws -> [String] {
        var rows = try tmux(["capture-pane", "-p", "-J"]).output.split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        while let last = rows.last, last.allSatisfy(\.isWhitespace) { rows.removeLast() }
        return rows
    }

    /// Waits until `condition` holds for the screen; fails the test with the screen if it never does.
    @discardableResult
    func waitUntil(
        _ what: String, timeout: Double = 30, sourceLocation: SourceLocation = #_sourceLocation,
        _ condition: ([String]) -> Bool
    ) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var rows = try screen()
        while !condition(rows) {
            guard Date() < deadline else {
                Issue.record(
                    "timed out waiting for \(what); the screen shows:\n\(rows.joined(separator: "\n"))",
                    sourceLocation: sourceLocation)
                throw TerminalTimeout()
            }
            Thread.sleep(forTimeInterval: 0.05)
            rows = try screen()
        }
        return rows
    }

    /// Waits until some row of the screen contains `text`.
    @discardableResult
    func waitFor(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        try waitUntil("\"\(text)\"", sourceLocation: sourceLocation) { rows in rows.contains { $0.contains(text) } }
    }

    /// Waits until some row is exactly `row` (trailing spaces ignored): a line the program printed.
    @discardableResult
    func waitForRow(_ row: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        try waitUntil("a row \"\(row)\"", sourceLocation: sourceLocation) { rows in
            rows.map(TerminalSession.trimmed).contains(row)
        }
    }

    /// Waits until the last row shown is exactly `row` (trailing spaces ignored): the prompt and the line being edited.
    @discardableResult
    func waitForLastRow(_ row: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        try waitUntil("a last row of \"\(row)\"", sourceLocation: sourceLocation) { rows in
            rows.last.map(Self.trimmed) == row
        }
    }

    /// Waits for the program to end and returns its exit status.
    func exitStatus(sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
        let rows = try waitUntil("the program to exit", sourceLocation: sourceLocation) { rows in
            rows.contains { $0.hasPrefix("[exit ") }
        }
        let line = rows.first { $0.hasPrefix("[exit ") }!
        return Int(line.dropFirst("[exit ".count).prefix { $0.isNumber })!
    }

    /// The process id of the program in the window (the child of tmux's shell there).
    func programID() throws -> pid_t {
        let shell = try #require(pid_t(try tmux(["list-panes", "-F", "#{pane_pid}"]).output.trimmingCharacters(in: .whitespacesAndNewlines)))
        let processes = try FileManager.default.contentsOfDirectory(atPath: "/proc").compactMap { pid_t($0) }
        for process in processes {
            guard let stat = try? String(contentsOfFile: "/proc/\(process)/stat", encoding: .utf8),
                let afterName = stat.range(of: ") ", options: .backwards)
            else { continue }
            let fields = stat[afterName.upperBound...].split(separator: " ")
            if fields.count > 1, pid_t(fields[1]) == shell { return process }
        }
        throw TerminalTimeout()
    }

    static func trimmed(_ row: String) -> String {
        String(row.reversed().drop { $0 == " " }.reversed())
    }

    private static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Runs tmux and waits for it. Not `Foundation.Process`, whose `waitUntilExit`
    /// can miss the exit of a tmux client that forked the server; and output goes
    /// to a file, not a pipe, because the server inherits the client's descriptors.
    private func tmux(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let outputPath = NSTemporaryDirectory() + "\(socket)-\(UUID().uuidString.prefix(8)).out"
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        posix_spawn_file_actions_addclosefrom_np(&actions, 3)  // the tmux server lives on: it must hold none of ours
        let argv = ["tmux", "-L", socket] + arguments
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        // The test runner's threads block signals; a terminal started from a shell would not, and
        // the program inside inherits the tmux server's mask, so Ctrl-C must start out deliverable.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        posix_spawnattr_setsigdefault(&attributes, &interrupt)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, &attributes, &cArguments, environ)
        guard spawned == 0 else {
            return (127, "cannot run tmux: \(String(cString: strerror(spawned))) (apt-get install -y tmux)")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let exited = status & 0x7f == 0
        return (exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), output)
    }
}

struct TerminalTimeout: Error {}
