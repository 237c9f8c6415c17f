import Testing

@testable import asyncrepl

@Suite("Comparing a run with its expectations")
struct GoldenComparisonTests {
    private func outcome(stdout: String = "", stderr: String = "", _ ending: ChildEnding = .exited(0)) -> ChildOutcome {
        ChildOutcome(stdout: Array(stdout.utf8), stderr: Array(stderr.utf8), ending: ending)
    }

    private func failures(_ source: String, _ outcome: ChildOutcome) -> [GoldenFailure] {
        GoldenComparison.failures(of: outcome, against: GoldenExpectations(parsingText: source))
    }

    @Test("matching output passes, with or without a final newline")
    func passes() {
        #expect(failures("# expect: a\n# expect: b\n", outcome(stdout: "a\nb\n")).isEmpty)
        #expect(failures("# expect: a\n# expect: b\n", outcome(stdout: "a\nb")).isEmpty)
        #expect(failures("print(1)\n", outcome()).isEmpty)
    }

    @Test("an expected empty line needs a newline in the output")
    func emptyLines() {
        #expect(failures("# expect:\n", outcome(stdout: "\n")).isEmpty)
        #expect(
            failures("# expect:\n", outcome(stdout: "")) == [
                .missingLines(.stdout, outputLine: 1, firstMissing: expected("", line: 1), missingCount: 1)
            ])
        #expect(
            failures("# expect: a\n", outcome(stdout: "a\n\n")) == [
                .extraLines(.stdout, outputLine: 2, firstExtra: [], extraCount: 1)
            ])
    }

    @Test("'# expect stderr:' lines must be all of standard error, less the time report")
    func stderrLines() {
        let source = "# expect stderr: [  0.000] task main#1 starts\n# expect stderr: warning: w\n"
        let report = "asyncrepl: virtual time at exit: 0.0\n"
        #expect(failures(source, outcome(stderr: "[  0.000] task main#1 starts\nwarning: w\n" + report)).isEmpty)
        #expect(
            failures(source, outcome(stderr: "[  0.000] task main#1 starts\nwarning: x\n")) == [
                .lineDiffers(.stderr, outputLine: 2, expected: expected("warning: w", line: 2), actual: Array("warning: x".utf8))
            ])
        #expect(
            failures(source, outcome(stderr: "[  0.000] task main#1 starts\nwarning: w\nmore\n")) == [
                .extraLines(.stderr, outputLine: 3, firstExtra: Array("more".utf8), extraCount: 1)
            ])
        // Without any, standard error is not compared.
        #expect(failures("# expect: a\n", outcome(stdout: "a\n", stderr: "anything\n")).isEmpty)
    }

    @Test("the first differing line is reported with both texts")
    func differingLine() {
        let result = failures("# expect: a\n# expect: b\n# expect: c\n", outcome(stdout: "a\nB\nC\n"))
        #expect(
            result == [.lineDiffers(.stdout, outputLine: 2, expected: expected("b", line: 2), actual: Array("B".utf8))])
    }

    @Test("a difference beats a length mismatch: the first wrong line is what to fix")
    func differenceBeforeLength() {
        let result = failures("# expect: a\n# expect: b\n", outcome(stdout: "x\n"))
        #expect(
            result == [.lineDiffers(.stdout, outputLine: 1, expected: expected("a", line: 1), actual: Array("x".utf8))])
    }

    @Test("output that stops early or runs on is reported as missing or extra lines")
    func missingAndExtra() {
        #expect(
            failures("# expect: a\n# expect: b\n# expect: c\n", outcome(stdout: "a\n")) == [
                .missingLines(.stdout, outputLine: 2, firstMissing: expected("b", line: 2), missingCount: 2)
            ])
        #expect(
            failures("# expect: a\n", outcome(stdout: "a\nb\nc\n")) == [
                .extraLines(.stdout, outputLine: 2, firstExtra: Array("b".utf8), extraCount: 2)
            ])
    }

    @Test("output is compared byte for byte")
    func bytes() {
        let source: [UInt8] = Array("# expect: ".utf8) + [0xFF, 0x0A]
        let replaced = ChildOutcome(stdout: Array("\u{FFFD}\n".utf8), stderr: [], ending: .exited(0))
        #expect(GoldenComparison.failures(of: replaced, against: GoldenExpectations(parsing: source)).count == 1)
        let same = ChildOutcome(stdout: [0xFF, 0x0A], stderr: [], ending: .exited(0))
        #expect(GoldenComparison.failures(of: same, against: GoldenExpectations(parsing: source)).isEmpty)
    }

    @Test("the expected error is a prefix of the first stderr line that starts with 'error'")
    func errorPrefix() {
        let stderr = "warning: task never awaited\nerror: ValueError: bad value\n  --> x.aw:1:1\nerror: later\n"
        #expect(failures("# expect error: error: ValueError\n", outcome(stderr: stderr, .exited(1))).isEmpty)
        #expect(failures("# expect error: error: ValueError: bad value\n", outcome(stderr: stderr, .exited(1))).isEmpty)
        #expect(
            failures("# expect error: error: later\n", outcome(stderr: stderr, .exited(1))) == [
                .errorLineDiffers(
                    expectedPrefix: expected("error: later", line: 1),
                    actual: Array("error: ValueError: bad value".utf8))
            ])
    }

    @Test("an expected error that never came is reported as 'no error'")
    func missingError() {
        let result = failures("# expect error: error: Boom\n", outcome(stderr: "warning: x\n", .exited(0)))
        #expect(
            result == [
                .errorLineDiffers(expectedPrefix: expected("error: Boom", line: 1), actual: nil),
                .exitStatusDiffers(expected: 1, actual: .exited(0)),
            ])
        let report = GoldenReport.describe(result[0]).joined(separator: "\n")
        #expect(report.contains("no error"))
    }

    @Test("the exit status must match; a signal never does")
    func status() {
        #expect(failures("", outcome(.exited(1))) == [.exitStatusDiffers(expected: 0, actual: .exited(1))])
        #expect(failures("# expect exit: 3\n", outcome(.exited(3))).isEmpty)
        #expect(
            failures("# expect exit: 0\n", outcome(.signaled(11))) == [
                .exitStatusDiffers(expected: 0, actual: .signaled(11))
            ])
    }

    @Test("stdout, error and status failures are all reported together")
    func several() {
        let result = failures("# expect: a\n", outcome(stdout: "b\n", stderr: "error: X\n", .exited(1)))
        #expect(result.count == 2)
    }

    @Test("a timed-out run reports only the timeout, not its partial output")
    func timeout() {
        let partial = outcome(stdout: "half", .timedOut(after: .seconds(2)))
        #expect(failures("# expect: a\n# expect: b\n", partial) == [.timedOut(after: .seconds(2))])
    }

    @Test("the wait status of a child decodes into exit or signal")
    func waitStatus() {
        #expect(ChildEnding(waitStatus: 0) == .exited(0))
        #expect(ChildEnding(waitStatus: 3 << 8) == .exited(3))
        #expect(ChildEnding(waitStatus: 9) == .signaled(9))
    }
}
