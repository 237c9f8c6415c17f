import ArgumentParser
import AsyncLang
import Runtime

/// Runs one script with the interpreter, for `asyncrepl run` and `asyncrepl -e`.
enum ScriptExecution {
    /// Runs the script `source`, shown as `displayName` in diagnostics; a failing
    /// script ends the command with the interpreter's status.
    static func run(_ source: [UInt8], displayName: String, options: ScriptOptions) throws(ExitCode) {
        let file = SourceFile(path: displayName, bytes: source)
        let status = Interpreter(configuration: options.configuration).runScript(file)
        if status != ExitStatus.success { throw ExitCode(status) }
    }
}
