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
        // A session's output is line by line even into a pipe: whoever reads it
        // sees each line as it is printed, as at a terminal.
        let interpreter = Interpreter(
            configuration: options.configuration(
                output: OutputSink(fileDescriptor: 1, flushingEachLine: true),
                errorOutput: OutputSink(fileDescriptor: 2, flushingEachLine: true)))
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
        var entries = 0
        var input = PipedEntries()
        var chunk = [UInt8](repeating: 0, count: 65536)
        var atEnd = false
        while !atEnd {
            let count = read(0, &chunk, chunk.count)
            if count < 0 && errno == EINTR { continue }
            if count > 0 { input.append(chunk[..<count]) } else { atEnd = true }
            for text in input.take(atEnd: atEnd) {
                entries += 1
                let name = "<stdin:\(entries)>"
                if !EntryReader.run(text, name: name, in: interpreter) { failed = true }
            }
        }
        ending.store(true, ordering: .relaxed)
        interpreter.blocking { await $0.endSession() }
        return failed ? 1 : 0
    }
}
