import CEditLine
import AsyncLang
import Glibc
import Runtime
import Synchronization

/// The interactive REPL on a terminal: reads entries with the line editor
/// (continuing while the parser says the input is incomplete), runs them in
/// one interpreter session, and prints values, errors and cancellations.
final class REPLSession {
    /// The session's interpreter, also read by the interrupt thread; `:reset` replaces it.
    private let interruptible: Mutex<Interpreter>
    private var interpreter: Interpreter { interruptible.withLock { $0 } }
    private let options: ScriptOptions
    private let output: TerminalOutput
    private let editor: LineEditor
    /// `:trace on|off` switches it; `--trace` starts with it on.
    private let trace: TracePrinter
    /// What `:timeline` draws; `:reset` starts a new one. The moment before the last entry ran.
    private var recorder = TimelineRecorder()
    private var lastEntryStart: TimelineRecorder.Cut?
    private var entries = 0
    /// The script `:step FILE` is stepping through, if any.
    private var stepping: StepThrough?
    /// Set once the session is ending: a Ctrl-C then leaves at once.
    private let ending = Atomic(false)

    init(options: ScriptOptions) {
        cel_restore_terminal_on_fatal_signals()  // saves the terminal as found, before the line editor changes it
        self.options = options
        let wake = WakePipe()
        let output = TerminalOutput(wake: wake)
        self.output = output
        editor = LineEditor(historyPath: REPLSession.historyPath(), wake: wake, events: { output.takeQueued() })
        trace = TracePrinter(isOn: options.trace)
        interruptible = Mutex(REPLSession.makeInterpreter(options, output, trace, recorder))
        editor.completer = { [unowned self] text in Completion(interpreter: interpreter).candidates(text) }
    }

    private static func makeInterpreter(
        _ options: ScriptOptions, _ output: TerminalOutput, _ trace: TracePrinter, _ recorder: TimelineRecorder
    ) -> Interpreter {
        let configuration = options.configuration(
            output: output.standardOutput, errorOutput: output.standardError, tracing: trace, recording: recorder)
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
        defer { cel_restore_terminal() }
        let mode = interpreter.isVirtual ? " (virtual clock: time moves only while an entry awaits, or with :advance)" : ""
        StandardStream.output.write("AsyncLang \(asyncreplVersion)\(mode). :help for help, Ctrl-D to exit.\n")
        let watcher = InterruptWatcher { [output, self = UnsafeSendable(self)] in
            if self.value.ending.load(ordering: .relaxed) { InterruptWatcher.leaveWithoutCleanup() }
            output.interrupt {
                StandardStream.output.write("^C\n")  // the terminal's echo is off while an entry runs
                self.value.interruptible.withLock { $0 }.interrupt()
            }
        }
        defer { watcher.stop() }
        while let entry = readEntry() {
            if entry.isEmpty { continue }
            if !entry.hasPrefix(":") {
                runEntry(entry)
            } else if !runCommand(entry) {
                break
            }
        }
        ending.store(true, ordering: .relaxed)
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
        lastEntryStart = recorder.cut
        EntryReader.run(source, name: name, in: interpreter)
    }

    /// Runs a `:` command; false means leave.
    private func runCommand(_ line: String) -> Bool {
        editor.addToHistory(line)
        let words = line.dropFirst().split(separator: " ", maxSplits: 1).map(String.init)
        guard let name = words.first, let command = REPLCommand(rawValue: name) else {
            StandardStream.error.write(REPLCommand.hint(for: words.first ?? "") + "\n")
            return true
        }
        let argument = words.count > 1 ? words[1].trimmingCharacters() : ""
        switch command {
        case .help:
            StandardStream.output.write(REPLCommand.helpText + "\n")
        case .tasks:
            let tasks = interpreter.blocking { await $0.tasks() }
            switch argument {
            case "": StandardStream.output.write(REPLCommand.taskTable(tasks) + "\n")
            case "tree": StandardStream.output.write(REPLCommand.taskTree(tasks) + "\n")
            default: StandardStream.error.write(":tasks takes nothing or 'tree'\n")
            }
        case .clock:
            let seconds = interpreter.clockSeconds()
            StandardStream.output.write("\(interpreter.isVirtual ? "virtual" : "real") time: \(seconds) s\n")
        case .advance:
            guard interpreter.isVirtual else {
                StandardStream.error.write(":advance moves the virtual clock; start the REPL with --virtual to use it\n")
                break
            }
            guard let seconds = Double(argument), seconds.isFinite else {
                StandardStream.error.write(":advance needs a number of seconds, e.g. ':advance 1.5'\n")
                break
            }
            guard seconds >= 0 else {
                StandardStream.error.write(":advance moves the clock forward: the seconds must not be negative, got \(argument)\n")
                break
            }
            interpreter.blocking { await $0.advance(seconds: seconds) }
            StandardStream.output.write("virtual time: \(interpreter.clockSeconds()) s\n")
        case .load:
            load(argument)
        case .reset:
            interpreter.blocking { await $0.endSession() }
            recorder = TimelineRecorder()
            lastEntryStart = nil
            let fresh = REPLSession.makeInterpreter(options, output, trace, recorder)
            interruptible.withLock { $0 = fresh }
            entries = 0
            StandardStream.output.write("a fresh session\n")
        case .vars:
            let variables = interpreter.blocking { await $0.variables() }
            StandardStream.output.write(variables.isEmpty ? "no names defined yet\n" : variables.map { "\($0.name) = \($0.value)\n" }.joined())
        case .trace:
            switchTrace(argument)
        case .timeline:
            showTimeline(argument)
        case .step:
            step(argument)
        case .back:
            guard let stepping else { return noStepping() }
            write(stepping.back())
        case .replay:
            guard let stepping else { return noStepping() }
            StandardStream.output.write(stepping.replay)
        case .quit:
            return false
        }
        return true
    }

    /// `:step FILE` starts stepping through a script; `:step` and `:step NAME` take a step.
    private func step(_ argument: String) {
        if argument.hasSuffix(".aw") {
            do {
                let bytes = try RawFile.read(path: argument)
                var configuration = options.configuration()
                configuration.slowTask = nil
                configuration.limits.maxSteps = 10_000_000  // a script that never ends still answers
                let source = SourceFile(path: argument, bytes: bytes)
                let errors = Interpreter.compileErrors(in: source, limits: configuration.limits)
                guard errors.isEmpty else {
                    StandardStream.error.write(DiagnosticRenderer.render(errors) + "nothing to step through until it compiles\n")
                    return
                }
                let stepping = StepThrough(path: argument, source: source, configuration: configuration)
                self.stepping = stepping
                StandardStream.output.write(stepping.started)
            } catch {
                StandardStream.error.write("cannot read '\(argument)': \(error.reason)\n")
            }
            return
        }
        guard let stepping else {
            _ = noStepping()
            return
        }
        write(stepping.step(argument))
    }

    private func noStepping() -> Bool {
        StandardStream.error.write("nothing to step through: start with ':step FILE', e.g. ':step samples/race_counter.aw'\n")
        return true
    }

    private func write(_ answer: (text: String, ok: Bool)) {
        (answer.ok ? StandardStream.output : StandardStream.error).write(answer.text)
    }

    /// `:timeline`, `:timeline last`, `:timeline FILE.svg` or `FILE.json`.
    private func showTimeline(_ argument: String) {
        let timeline = recorder.timeline(since: argument == "last" ? lastEntryStart : nil)
        if argument.isEmpty || argument == "last" {
            StandardStream.output.write(TextTimeline.render(timeline, width: min(80, editor.columns)))
        } else if argument.hasSuffix(".svg") || argument.hasSuffix(".json") {
            let text = argument.hasSuffix(".svg") ? SVGTimeline.render(timeline) : ChromeTrace.render(timeline)
            do {
                try RawFile.write(Array(text.utf8), to: argument)
                StandardStream.output.write("wrote \(argument)\n")
            } catch {
                StandardStream.error.write(":timeline cannot write \(argument): \(error.reason)\n")
            }
        } else {
            StandardStream.error.write(":timeline takes nothing, 'last', or a file to write (FILE.svg, FILE.json)\n")
        }
    }

    private func switchTrace(_ argument: String) {
        switch argument {
        case "on", "": trace.isOn = true
        case "off": trace.isOn = false
        default:
            StandardStream.error.write(":trace takes 'on' or 'off', e.g. ':trace off'\n")
            return
        }
        StandardStream.output.write("trace \(trace.isOn ? "on: task events go to standard error" : "off")\n")
    }

    private func load(_ path: String) {
        guard !path.isEmpty else {
            StandardStream.error.write(":load needs a file, e.g. ':load samples/hello.aw'\n")
            return
        }
        do {
            let bytes = try RawFile.read(path: path)
            EntryReader.run(String(decoding: bytes, as: UTF8.self), name: path, in: interpreter)
        } catch {
            StandardStream.error.write("cannot read '\(path)': \(error.reason)\n")
        }
    }
}

/// The session, handed to the interrupt thread.
struct UnsafeSendable<T>: @unchecked Sendable {
    // @unchecked Sendable: that thread only reads the session's `ending` flag and
    // `interruptible` interpreter, which are an atomic and a mutex.
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
