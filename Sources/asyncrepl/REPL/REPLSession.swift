import AsyncLang
import Glibc
import Runtime
import Synchronization

/// The interactive REPL on a terminal: reads entries with the line editor
/// (continuing while the parser says the input is incomplete), runs them in
/// one interpreter session, and prints values, errors and cancellations.
final class REPLSession {
    private var interpreter: Interpreter {
        didSet { interruptible.withLock { $0 = interpreter } }
    }
    /// The interpreter Ctrl-C goes to, read from the interrupt thread; `:reset` replaces it.
    private let interruptible: Mutex<Interpreter>
    private let options: ScriptOptions
    private let output = TerminalOutput()
    private let editor: LineEditor
    private var completion: Completion
    private var entries = 0

    init(options: ScriptOptions) {
        self.options = options
        let output = self.output
        editor = LineEditor(historyPath: REPLSession.historyPath(), pendingOutput: { output.takePending() })
        interpreter = REPLSession.makeInterpreter(options, output)
        interruptible = Mutex(interpreter)
        completion = Completion(interpreter: interpreter)
        editor.completer = { [unowned self] text in completion.candidates(text) }
        nonisolated(unsafe) let editor = self.editor  // only its wake pipe is used from other threads
        output.notifyWhenQueued { editor.outputArrived() }
    }

    private static func makeInterpreter(_ options: ScriptOptions, _ output: TerminalOutput) -> Interpreter {
        var configuration = options.configuration
        configuration.output = output.standardOutput
        configuration.errorOutput = output.standardError
        let interpreter = Interpreter(configuration: configuration)
        interpreter.blocking { await $0.startSession() }
        return interpreter
    }

    /// `$XDG_STATE_HOME/asyncrepl/history`, else `~/.asyncrepl_history`.
    static func historyPath() -> String? {
        if let state = getenv("XDG_STATE_HOME").map({ String(cString: $0) }), !state.isEmpty {
            mkdir(state, 0o755)
            mkdir(state + "/asyncrepl", 0o755)
            return state + "/asyncrepl/history"
        }
        guard let home = getenv("HOME").map({ String(cString: $0) }), !home.isEmpty else { return nil }
        return home + "/.asyncrepl_history"
    }

    func run() -> Int32 {
        let mode = interpreter.isVirtual ? " (virtual clock: time moves only while an entry awaits, or with :advance)" : ""
        writeAll(1, "AsyncLang \(asyncreplVersion)\(mode). :help for help, Ctrl-D to exit.\n")
        let watcher = InterruptWatcher { [output, editor = UnsafeSendable(editor), self = UnsafeSendable(self)] in
            if output.isPrompting {
                editor.value.interrupt()
            } else {
                writeAll(1, "^C\n")  // the terminal's echo is off while an entry runs
                self.value.interruptible.withLock { $0 }.interrupt()
            }
        }
        defer { withExtendedLifetime(watcher) {} }
        while let entry = readEntry() {
            if entry.isEmpty { continue }
            let goOn = TypeAhead.withoutEcho {
                guard entry.hasPrefix(":") else {
                    runEntry(entry)
                    return true
                }
                return runCommand(entry)
            }
            if !goOn { break }
        }
        interpreter.blocking { await $0.endSession() }
        return 0
    }

    /// One entry: lines until the parser is satisfied. Empty after Ctrl-C; nil at the end.
    private func readEntry() -> String? {
        var lines: [String] = []
        while true {
            output.setPrompting(true)
            let input = editor.readLine(prompt: lines.isEmpty ? "aw> " : "... ")
            output.setPrompting(false)
            switch input {
            case .endOfInput:
                return lines.isEmpty ? nil : lines.joined(separator: "\n")
            case .interrupted:
                return ""
            case .line(let line):
                lines.append(line)
                let text = lines.joined(separator: "\n")
                if lines.count == 1 && line.hasPrefix(":") { return line }
                if text.allSatisfy(\.isWhitespace) { return "" }
                if !EntryReader.needsMore(text) {
                    editor.addToHistory(text)
                    return text
                }
            }
        }
    }

    private func runEntry(_ source: String) {
        entries += 1
        let name = "<repl:\(entries)>"
        let outcome = interpreter.blocking { await $0.runEntry(source, name: name) }
        EntryReader.report(outcome)
    }

    /// Runs a `:` command; false means leave.
    private func runCommand(_ line: String) -> Bool {
        editor.addToHistory(line)
        let words = line.dropFirst().split(separator: " ", maxSplits: 1).map(String.init)
        guard let name = words.first, let command = REPLCommand(rawValue: name) else {
            writeAll(2, REPLCommand.hint(for: words.first ?? "") + "\n")
            return true
        }
        let argument = words.count > 1 ? words[1].trimmingCharacters() : ""
        switch command {
        case .help:
            writeAll(1, REPLCommand.helpText + "\n")
        case .tasks:
            writeAll(1, REPLCommand.taskTable(interpreter.blocking { await $0.tasks() }) + "\n")
        case .clock:
            let seconds = interpreter.clockSeconds()
            writeAll(1, "\(interpreter.isVirtual ? "virtual" : "real") time: \(seconds) s\n")
        case .advance:
            guard interpreter.isVirtual else {
                writeAll(2, ":advance moves the virtual clock; start the REPL with --virtual to use it\n")
                break
            }
            guard let seconds = Double(argument), seconds >= 0, seconds.isFinite else {
                writeAll(2, ":advance needs a number of seconds, e.g. ':advance 1.5'\n")
                break
            }
            interpreter.blocking { await $0.advance(seconds: seconds) }
            writeAll(1, "virtual time: \(interpreter.clockSeconds()) s\n")
        case .load:
            load(argument)
        case .reset:
            interpreter.blocking { await $0.endSession() }
            interpreter = REPLSession.makeInterpreter(options, output)
            completion = Completion(interpreter: interpreter)
            entries = 0
            writeAll(1, "a fresh session\n")
        case .vars:
            let variables = interpreter.blocking { await $0.variables() }
            writeAll(1, variables.isEmpty ? "no names defined yet\n" : variables.map { "\($0.name) = \($0.value)\n" }.joined())
        case .quit:
            return false
        }
        return true
    }

    private func load(_ path: String) {
        guard !path.isEmpty else {
            writeAll(2, ":load needs a file, e.g. ':load samples/hello.aw'\n")
            return
        }
        do {
            let bytes = try RawFile.read(path: path)
            let outcome = interpreter.blocking { await $0.runEntry(String(decoding: bytes, as: UTF8.self), name: path) }
            EntryReader.report(outcome)
        } catch {
            writeAll(2, "cannot read '\(path)': \(error.reason)\n")
        }
    }
}

/// A value handed across threads that only one thread touches at a time.
struct UnsafeSendable<T>: @unchecked Sendable {
    // @unchecked Sendable: the REPL's line editor is used by its own thread; other
    // threads only write to its wake pipe (a file descriptor).
    let value: T
    init(_ value: T) { self.value = value }
}

extension String {
    fileprivate func trimmingCharacters() -> String {
        var copy = Substring(self)
        while copy.first?.isWhitespace == true { copy.removeFirst() }
        while copy.last?.isWhitespace == true { copy.removeLast() }
        return String(copy)
    }
}
