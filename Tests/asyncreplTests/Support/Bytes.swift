@testable import asyncrepl

/// Builds the expectation a test compares with, from text.
func expected(_ text: String, line: Int) -> ExpectedLine {
    ExpectedLine(bytes: Array(text.utf8), sourceLine: line)
}

extension GoldenExpectations {
    /// Parses golden comments out of `source` given as text.
    init(parsingText source: String) {
        self.init(parsing: Array(source.utf8))
    }

    var stdoutTexts: [String] { stdoutLines.map(\.text) }
}
