import Glibc
import Runtime
import Synchronization

/// The REPL when standard input is not a terminal: no prompts and no line
/// editing; entries are read and run one by one as a session
/// (`printf 'let x = 2\nprint(x * 3)\n' | asyncrepl` prints 6). The exit
/// status is 1 if any entry failed.
struct PlainSession {
    let options: ScriptOptions

    func run() -> Int32 {
        var configuration = options.configuration
        configuration.output = .standardOutput
        configuration.errorOutput = .standardError
        let interpreter = Interpreter(configuration: configuration)
        interpreter.blocking { await $0.startSession() }
        // Ctrl-C cancels the running entry, as at the prompt; reading goes on.
        // While the session ends (tasks left running are cancelled), it leaves at once.
        let ending = Atomic(false)
        let watcher = InterruptWatcher {
            if ending.load(ordering: .relaxed) { InterruptWatcher.leaveWithoutCleanup() }
            interpreter.interrupt()
        }
        defer { watcher.stop() }
        var failed = false
        var pending: [String] = []
        var entries = 0
        var reader = LineReader(fd: 0)
        while true {
            let line = reader.next()
            if let line { pending.append(line) }
            let text = pending.joined(separator: "\n")
            if line != nil && EntryReader.needsMore(text) { continue }
            if !text.allSatisfy(\.isWhitespace) {
                entries += 1
                let name = "<stdin:\(entries)>"
                let outcome = interpreter.blocking { await $0.runEntry(text, name: name) }
                if !EntryReader.report(outcome) { failed = true }
            }
            pending = []
            if line == nil { break }
        }
        ending.store(true, ordering: .relaxed)
        interpreter.blocking { await $0.endSession() }
        return failed ? 1 : 0
    }
}

/// Lines from a file descriptor, read as they arrive.
struct LineReader {
    let fd: Int32
    private var buffer: [UInt8] = []
    private var atEnd = false

    init(fd: Int32) {
        self.fd = fd
    }

    /// The next line without its newline; nil at the end of the input.
    mutating func next() -> String? {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                var line = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                if line.last == 0x0D { line.removeLast() }
                return String(decoding: line, as: UTF8.self)
            }
            if atEnd {
                guard !buffer.isEmpty else { return nil }
                defer { buffer = [] }
                return String(decoding: buffer, as: UTF8.self)
            }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = read(fd, &chunk, chunk.count)
            if count > 0 {
                buffer += chunk[..<count]
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                atEnd = true
            }
        }
    }
}
