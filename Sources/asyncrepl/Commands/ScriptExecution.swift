import AsyncLang
import Glibc
import Runtime

/// Runs one script with the interpreter, for `asyncrepl run` and `asyncrepl -e`.
enum ScriptExecution {
    /// Runs the script `source`, shown as `displayName` in diagnostics, and ends
    /// the process with the interpreter's status. The process exits while the
    /// interpreter is still alive: freeing every object a big script made
    /// would only delay the exit (the runtime flushes its output first).
    static func run(_ source: [UInt8], displayName: String, options: ScriptOptions) -> Never {
        let file = SourceFile(path: displayName, bytes: source)
        let interpreter = Interpreter(configuration: options.configuration)
        let status = interpreter.runScript(file)
        if options.reportTime {
            // For `# expect time:` in golden scripts: the last line of standard error.
            StandardStream.error.write("asyncrepl: virtual time at exit: \(interpreter.clockSeconds())\n")
        }
        withExtendedLifetime(interpreter) { exit(status) }
    }
}
