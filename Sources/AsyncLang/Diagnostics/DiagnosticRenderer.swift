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
        let lineText = expandTabs(file.lineText(position.line))
        let caretColumn = displayColumn(of: position.column, in: file.lineText(position.line))
        return [
            "\(pad)--> \(file.path):\(position)",
            "\(pad) |",
            "\(String(repeating: " ", count: width - number.count))\(number) | \(lineText)",
            "\(pad) | \(String(repeating: " ", count: caretColumn - 1))^",
        ]
    }

    private static func expandTabs(_ text: String) -> String {
        text.replacingTabs()
    }

    /// Column on screen of a scalar column, with tabs expanded to 4 spaces.
    private static func displayColumn(of column: Int, in line: String) -> Int {
        var display = 1
        for (index, scalar) in line.unicodeScalars.enumerated() where index < column - 1 {
            display += scalar == "\t" ? 4 : 1
        }
        return display
    }
}

extension String {
    fileprivate func replacingTabs() -> String {
        guard contains("\t") else { return self }
        var out = ""
        for scalar in unicodeScalars {
            if scalar == "\t" { out += "    " } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
