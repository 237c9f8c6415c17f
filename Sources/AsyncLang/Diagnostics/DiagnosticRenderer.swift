/// Renders a `Diagnostic` as text, the one format for every error:
///
/// ```
/// error: ZeroDivisionError: division by zero
///   --> samples/div.aw:3:14
///    |
///  3 |     return a / b
///    |              ^
///   trace: samples/div.aw:3:14 in ratio
///          samples/div.aw:7:7 in <main>
/// ```
public enum DiagnosticRenderer {
    public static func render(_ diagnostic: Diagnostic) -> String {
        var lines = [diagnostic.heading]
        if let file = diagnostic.file, let range = diagnostic.range {
            lines += sourceExcerpt(file: file, range: range)
        }
        if let first = diagnostic.trace.first {
            lines.append("  trace: \(first)")
            for entry in diagnostic.trace.dropFirst() {
                lines.append("         \(entry)")
            }
        }
        lines += diagnostic.notes
        return lines.joined(separator: "\n") + "\n"
    }

    /// Renders several diagnostics separated by blank lines, as a compile run reports them.
    public static func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined(separator: "\n")
    }

    private static func sourceExcerpt(file: SourceFile, range: SourceRange) -> [String] {
        let position = file.position(of: range.start)
        let number = String(position.line)
        let width = max(2, number.count)
        let pad = String(repeating: " ", count: width)
        let (shown, caretColumn) = window(of: file.lineText(position.line), around: position.column)
        return [
            "\(pad)--> \(file.path):\(position)",
            "\(pad) |",
            "\(String(repeating: " ", count: width - number.count))\(number) | \(shown)",
            "\(pad) | \(String(repeating: " ", count: caretColumn - 1))^",
        ]
    }

    /// The line with tabs expanded and control characters escaped (`\x1b`: a raw
    /// escape sequence would move the terminal's cursor), cut to a window around
    /// the caret when it is very long (a 5 MB one-line script), and the caret's
    /// column in it.
    private static func window(of line: String, around column: Int) -> (String, Int) {
        let limit = 120
        var scalars = Array(line.unicodeScalars)
        var caret = column
        var prefix = ""
        var suffix = ""
        if scalars.count > limit {
            let start = max(0, min(column - 1 - limit / 2, scalars.count - limit))
            let end = min(scalars.count, start + limit)
            if start > 0 { prefix = "..." }
            if end < scalars.count { suffix = "..." }
            scalars = Array(scalars[start..<end])
            caret = column - start + prefix.count
        }
        var text = prefix
        var display = caret
        for (index, scalar) in scalars.enumerated() {
            if scalar == "\t" {
                text += "    "
                if index + prefix.count < caret - 1 { display += 3 }
            } else if let escaped = escaped(scalar) {
                text += escaped
                if index + prefix.count < caret - 1 { display += escaped.count - 1 }
            } else {
                text.unicodeScalars.append(scalar)
            }
        }
        return (text + suffix, display)
    }

    /// `\x1b` for a control character (C0, DEL, C1), nil for any other.
    private static func escaped(_ scalar: Unicode.Scalar) -> String? {
        guard scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) else { return nil }
        let hex = String(scalar.value, radix: 16)
        return "\\x" + (hex.count < 2 ? "0" : "") + hex
    }
}
