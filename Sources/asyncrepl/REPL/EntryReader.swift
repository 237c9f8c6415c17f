import AsyncLang
import Runtime

/// What interactive and piped sessions share: when an entry is complete, and
/// how its outcome is shown.
enum EntryReader {
    /// Whether the parser stopped because the input ended inside something unfinished.
    static func needsMore(_ text: String) -> Bool {
        if startsWithBrace(text) && parses("(" + text + ")") { return false }
        if startsWithBrace(text) && incomplete("(" + text) { return true }
        return incomplete(text)
    }

    /// What to run for an entry: as Node's REPL does, an entry that starts with
    /// `{` and reads as a map literal is one (`{a: 1}` shows the map), although
    /// a statement may not start with `{` in a script.
    static func source(of entry: String) -> String {
        startsWithBrace(entry) && !parses(entry) && parses("(" + entry + ")") ? "(" + entry + ")" : entry
    }

    private static func startsWithBrace(_ text: String) -> Bool {
        text.first { !$0.isWhitespace } == "{"
    }

    private static func parses(_ text: String) -> Bool {
        Parser.parse(SourceFile(path: "<repl>", text: text)).diagnostics.isEmpty
    }

    private static func incomplete(_ text: String) -> Bool {
        Parser.parse(SourceFile(path: "<repl>", text: text)).isIncomplete
    }

    /// Runs an entry and shows its outcome. With the virtual clock, the tasks
    /// it left ready then run at this same instant (time still stands still),
    /// so what they print comes before the next prompt, not in front of the
    /// next entry's result. Returns false when the entry failed.
    @discardableResult
    static func run(_ source: String, name: String, in interpreter: Interpreter) -> Bool {
        let entry = Self.source(of: source)
        let outcome = interpreter.blocking { await $0.runEntry(entry, name: name) }
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
