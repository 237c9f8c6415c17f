import AsyncLang
import Glibc
import Runtime
import Synchronization

/// Runs one script with the interpreter, for `asyncrepl run` and `asyncrepl -e`.
enum ScriptExecution {
    /// Runs the script `source`, shown as `displayName` in diagnostics, and ends
    /// the process with the interpreter's status. The process exits while the
    /// interpreter is still alive: freeing every object a big script made
    /// would only delay the exit (the runtime flushes its output first).
    /// `adjust` changes the configuration the options make (a replayed
    /// schedule); `finished` runs after the script, before the timeline.
    static func run(
        _ source: [UInt8], displayName: String, options: ScriptOptions, adjust: (inout Configuration) -> Void = { _ in },
        finished: () -> Void = {}
    ) -> Never {
        let file = SourceFile(path: displayName, bytes: source)
        let recorder = options.wantsTimeline ? TimelineRecorder() : nil
        var configuration = options.configuration(recording: recorder)
        adjust(&configuration)
        let interpreter = Interpreter(configuration: configuration)
        let watcher = InterruptWatcher(onInterrupt: Self.onInterrupt(interpreter))
        var status = withExtendedLifetime(watcher) { interpreter.runScript(file) }
        finished()
        if let recorder, !TimelineOutput.write(recorder.timeline(), options: options) {
            status = max(status, 1)
        }
        if options.reportTime {
            // For `# expect time:` in golden scripts: the last line of standard error.
            StandardStream.error.write("asyncrepl: virtual time at exit: \(interpreter.clockSeconds())\n")
        }
        withExtendedLifetime(interpreter) { exit(status) }
    }

    /// The first Ctrl-C cancels the script's main task (its `finally` blocks run,
    /// then the others are cancelled); a second one, say while a `finally`
    /// block hangs, leaves at once.
    private static func onInterrupt(_ interpreter: Interpreter) -> @Sendable () -> Void {
        let count = Atomic<Int>(0)
        return {
            if count.add(1, ordering: .relaxed).newValue == 1 {
                StandardStream.error.write("\n")
                interpreter.interrupt()
            } else {
                InterruptWatcher.leaveWithoutCleanup()
            }
        }
    }
}
