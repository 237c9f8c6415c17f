import AsyncLang
import Runtime
import Synchronization

/// Runs a script in a fresh interpreter and captures what it printed.
struct ScriptRun {
    var output = ""
    var errors = ""
    var status: Int32 = 0

    /// The first line of the error report, e.g. `error: ValueError: boom`.
    var errorHeading: String { String(errors.split(separator: "\n").first ?? "") }
}

func run(_ source: String, virtual: Bool = true, configure: (inout Configuration) -> Void = { _ in }) -> ScriptRun {
    let output = Mutex("")
    let errors = Mutex("")
    var configuration = Configuration()
    configuration.clock = virtual ? .virtual : .real
    configuration.output = OutputSink { text in output.withLock { $0 += text } }
    configuration.errorOutput = OutputSink { text in errors.withLock { $0 += text } }
    configure(&configuration)
    let interpreter = Interpreter(configuration: configuration)
    let status = interpreter.runScript(SourceFile(path: "test.aw", text: source))
    return ScriptRun(output: output.withLock { $0 }, errors: errors.withLock { $0 }, status: status)
}

/// What a script printed, for scripts expected to succeed.
func output(_ source: String) -> String {
    let result = run(source)
    return result.status == 0 ? result.output : "status \(result.status): \(result.errors)"
}

/// Text written from any thread, read once the writing is over.
final class TextCollector: Sendable {
    private let collected = Mutex("")

    func append(_ text: String) { collected.withLock { $0 += text } }

    var text: String { collected.withLock { $0 } }
}
