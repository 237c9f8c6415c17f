import Foundation

/// Compares what a script's run produced with what its golden comments expect.
enum GoldenComparison {
    /// Every way `outcome` differs from `expectations`; empty when the script passes.
    static func failures(of outcome: ChildOutcome, against expectations: GoldenExpectations) -> [GoldenFailure] {
        switch outcome.ending {
        case .timedOut(let limit):
            return [.timedOut(after: limit)]
        case .couldNotStart(let error):
            return [.couldNotStart(error)]
        case .exited, .signaled:
            return stdoutFailures(outcome.stdout, expected: expectations.stdoutLines)
                + stderrFailures(outcome.stderr, expected: expectations.stderrLines, orNone: expectations.expectsNoStderr)
                + errorFailures(outcome.stderr, expectedPrefix: expectations.errorPrefix)
                + statusFailures(outcome.ending, expected: expectations.expectedExitStatus)
                + timeFailures(outcome.stderr, expected: expectations.finalTime)
                + deadlockFailures(outcome.stderr, expected: expectations.deadlock)
        }
    }

    static func deadlockFailures(_ stderr: [UInt8], expected: ExpectedDeadlock?) -> [GoldenFailure] {
        guard let expected else { return [] }
        let line = firstErrorLine(in: stderr).map { String(decoding: $0, as: UTF8.self) } ?? ""
        let actual: ExpectedDeadlock.Kind =
            !line.hasPrefix("error: DeadlockError") ? .none : line.contains("in a cycle") ? .cycle : .noCycle
        return actual == expected.kind ? [] : [.deadlockDiffers(expected: expected, actual: actual)]
    }

    /// What `asyncrepl explore --summary` printed, against `# expect schedules:` and `# expect failures:`.
    static func explorationFailures(of outcome: ChildOutcome, against expectations: GoldenExpectations) -> [GoldenFailure] {
        switch outcome.ending {
        case .timedOut(let limit): return [.timedOut(after: limit)]
        case .couldNotStart(let error): return [.couldNotStart(error)]
        case .exited, .signaled: break
        }
        var summary: [String: String] = [:]
        for line in outputLines(outcome.stdout) {
            let text = String(decoding: line, as: UTF8.self)
            guard let colon = text.firstIndex(of: ":") else { continue }
            summary[String(text[..<colon])] = String(text[text.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
        }
        let runs = summary["runs"].flatMap { Int($0) }
        let schedules = summary["schedules"].flatMap { Int($0) }
        var failures: [GoldenFailure] = []
        if let expected = expectations.schedules {
            let complete = summary["complete"] == "yes"
            if schedules != expected.count || !complete {
                failures.append(.schedulesDiffer(expected: expected, actual: schedules, complete: complete))
            }
        }
        if let expected = expectations.scheduleFailures {
            let failed = summary["failures"].flatMap { Int($0) }
            if failed != expected.count {
                failures.append(.scheduleFailuresDiffer(expected: expected, actual: failed, runs: runs))
            }
        }
        return failures
    }

    /// The first difference between standard output and the expected lines, if any.
    static func stdoutFailures(_ stdout: [UInt8], expected: [ExpectedLine]) -> [GoldenFailure] {
        lineFailures(.stdout, outputLines(stdout), expected: expected)
    }

    /// With `# expect stderr:` lines, standard error (less the runner's own time
    /// report) must be exactly those lines; without any, it is not compared.
    static func stderrFailures(_ stderr: [UInt8], expected: [ExpectedLine], orNone: Bool = false) -> [GoldenFailure] {
        guard !expected.isEmpty || orNone else { return [] }
        return lineFailures(.stderr, outputLines(stderr).filter { !$0.starts(with: timeReportPrefix) }, expected: expected)
    }

    private static func lineFailures(_ stream: OutputStream, _ actual: [ArraySlice<UInt8>], expected: [ExpectedLine])
        -> [GoldenFailure]
    {
        if let index = expected.indices.first(where: { $0 < actual.count && expected[$0].bytes != Array(actual[$0]) }) {
            return [.lineDiffers(stream, outputLine: index + 1, expected: expected[index], actual: Array(actual[index]))]
        }
        if actual.count < expected.count {
            let missing = expected[actual.count]
            return [
                .missingLines(
                    stream, outputLine: actual.count + 1, firstMissing: missing,
                    missingCount: expected.count - actual.count)
            ]
        }
        if actual.count > expected.count {
            return [
                .extraLines(
                    stream, outputLine: expected.count + 1, firstExtra: Array(actual[expected.count]),
                    extraCount: actual.count - expected.count)
            ]
        }
        return []
    }

    static func errorFailures(_ stderr: [UInt8], expectedPrefix: ExpectedLine?) -> [GoldenFailure] {
        guard let expectedPrefix else { return [] }
        let actual = firstErrorLine(in: stderr)
        if let actual, actual.starts(with: expectedPrefix.bytes) { return [] }
        return [.errorLineDiffers(expectedPrefix: expectedPrefix, actual: actual.map { Array($0) })]
    }

    /// `asyncrepl run --report-time` ends standard error with this line.
    static let timeReportPrefix = Array("asyncrepl: virtual time at exit: ".utf8)

    static func timeFailures(_ stderr: [UInt8], expected: ExpectedTime?) -> [GoldenFailure] {
        guard let expected else { return [] }
        let report = outputLines(stderr).last { $0.starts(with: timeReportPrefix) }
        let actual = report.flatMap { Double(String(decoding: $0.dropFirst(timeReportPrefix.count), as: UTF8.self)) }
        if let actual, abs(actual - expected.seconds) < 1e-9 { return [] }
        return [.finalTimeDiffers(expected: expected, actual: actual)]
    }

    static func statusFailures(_ ending: ChildEnding, expected: Int32) -> [GoldenFailure] {
        ending == .exited(expected) ? [] : [.exitStatusDiffers(expected: expected, actual: ending)]
    }

    /// Output split into lines; the final newline ends the last line rather than starting an empty one.
    static func outputLines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// The first line of standard error that starts with `error` (`error: ...`, `error[syntax]: ...`).
    static func firstErrorLine(in stderr: [UInt8]) -> ArraySlice<UInt8>? {
        outputLines(stderr).first { $0.starts(with: "error".utf8) }
    }
}
