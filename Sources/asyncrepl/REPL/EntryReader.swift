import AsyncLang
import Runtime

/// What interactive and piped sessions share: when an entry is complete, and
/// how its outcome is shown.
enum EntryReader {
    /// Whether the parser stopped because the input ended inside something unfinished.
    static func needsMore(_ text: String) -> Bool {
        Parser.parse(SourceFile(path: "<repl>", text: text)).isIncomplete
    }

    /// Runs an entry and shows its outcome. With the virtual clock, the tasks
    /// it left ready then run at this same instant (time still stands still),
    /// so what they print comes before the next prompt, not in front of the
    /// next entry's result. Returns false when the entry failed.
    @discardableResult
    static func run(_ source: String, name: String, in interpreter: Interpreter) -> Bool {
        let outcome = interpreter.blocking { await $0.runEntry(source, name: name) }
        let succeeded = report(outcome)
        if interpreter.isVirtual { interpreter.blocking { await $0.advance(seconds: 0) } }
        return succeeded
    }

    /// Prints a value, an error report, or the cancellation line. Returns false when the entry failed.
    @discardableResult
    static func report(_ outcome: EntryOutcome) -> Bool {
        switch outcome {
        case .value(let text):
            if let text { StandardStream.output.write(text + "\n") }
            return true
        case .compileErrors(let diagnostics):
            StandardStream.error.write(DiagnosticRenderer.render(diagnostics))
        case .failed(let diagnostic):
            StandardStream.error.write(DiagnosticRenderer.render(diagnostic))
        case .interrupted:
            StandardStream.output.write("cancelled (Ctrl-C)\n")
        }
        return false
    }
}
