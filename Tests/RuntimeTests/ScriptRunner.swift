import AsyncLang
import Runtime

/// Runs a script in a fresh interpreter and captures what it printed.
struct ScriptRun {
    var output = ""
    var errors = ""
    var status: Int32 = 0

    /// The first line of the error report, e.g. `error: ValueError: boom`.
    var errorHeading: String { String(errors.split(separator: "\n").first ?? "") }
}

func run(_ source: String, configure: (inout Configuration) -> Void = { _ in }) -> ScriptRun {
    var result = ScriptRun()
    var configuration = Configuration()
    configuration.output = OutputSink { result.output += $0 }
    configuration.errorOutput = OutputSink { result.errors += $0 }
    configure(&configuration)
    let interpreter = Interpreter(configuration: configuration)
    result.status = interpreter.runScript(SourceFile(path: "test.aw", text: source))
    return result
}

/// What a script printed, for scripts expected to succeed.
func output(_ source: String) -> String {
    let result = run(source)
    return result.status == 0 ? result.output : "status \(result.status): \(result.errors)"
}
