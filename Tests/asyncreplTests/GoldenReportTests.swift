import Testing

@testable import asyncrepl

@Suite("Reporting a failed script")
struct GoldenReportTests {
    @Test("a failure names the file, then each reason, then the child's stderr")
    func layout() {
        let report = GoldenReport.failure(
            path: "tests/print.aw",
            failures: [
                .lineDiffers(.stdout, outputLine: 2, expected: expected("hello", line: 5), actual: Array("hallo".utf8)),
                .exitStatusDiffers(expected: 0, actual: .exited(1)),
            ],
            stderr: Array("error: NameError: x\n  trace: tests/print.aw:3:1 in <main>\n".utf8))
        #expect(
            report == """
                FAIL tests/print.aw
                  stdout line 2 differs (expected by line 5 of the script)
                    expected: "hello"
                    actual:   "hallo"
                  exit status: expected 0, got 1
                  stderr:
                    error: NameError: x
                      trace: tests/print.aw:3:1 in <main>

                """)
    }

    @Test("missing and extra output say how much and show the first line")
    func missingAndExtra() {
        let missing = GoldenReport.describe(
            .missingLines(.stdout, outputLine: 3, firstMissing: expected("c", line: 9), missingCount: 2))
        #expect(
            missing == [
                "stdout ended after 2 lines; 2 expected lines never came",
                "  first missing (line 9 of the script): \"c\"",
            ])
        let extra = GoldenReport.describe(.extraLines(.stdout, outputLine: 2, firstExtra: Array("z".utf8), extraCount: 1))
        #expect(extra == ["stdout has 1 unexpected line after the 1 expected", "  first extra (stdout line 2): \"z\""])
    }

    @Test("an error mismatch shows the expected prefix and the actual line")
    func errorMismatch() {
        let lines = GoldenReport.describe(
            .errorLineDiffers(
                expectedPrefix: expected("error: KeyError", line: 4), actual: Array("error: IndexError: 3".utf8)))
        #expect(
            lines == [
                "error differs (expected by line 4 of the script)",
                "  expected a line starting with: \"error: KeyError\"",
                "  actual first error line:       \"error: IndexError: 3\"",
            ])
    }

    @Test("timeouts print whole seconds without a decimal point")
    func timeouts() {
        #expect(GoldenReport.describe(.timedOut(after: .seconds(60))) == ["timed out after 60 s"])
        #expect(GoldenReport.describe(.timedOut(after: .milliseconds(500))) == ["timed out after 0.5 s"])
    }

    @Test("a run ended by a signal says which")
    func signal() {
        let lines = GoldenReport.describe(.exitStatusDiffers(expected: 0, actual: .signaled(11)))
        #expect(lines.first?.hasPrefix("exit status: expected 0, got killed by signal 11") == true)
    }

    @Test("quoting makes invisible differences visible")
    func quoting() {
        #expect(GoldenReport.quoted(Array("a \t\r\"\\".utf8)) == #""a \t\r\"\\""#)
        #expect(GoldenReport.quoted(Array("é\u{1}".utf8)) == #""é\u{1}""#)
        #expect(GoldenReport.quoted([0x61, 0xFF, 0xC3]) == #""a\x{FF}\x{C3}""#)
    }

    @Test("only the first 20 lines of stderr are quoted")
    func stderrLimit() {
        let stderr = (1...25).map { "line \($0)\n" }.joined()
        let excerpt = GoldenReport.stderrExcerpt(Array(stderr.utf8))
        #expect(excerpt.count == 21)
        #expect(excerpt.first == "stderr (first 20 of 25 lines):")
        #expect(excerpt.last == "  line 20")
        #expect(GoldenReport.stderrExcerpt([]).isEmpty)
    }
}
