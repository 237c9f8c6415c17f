import Glibc

/// The text `asyncrepl test` prints for a failed script:
///
/// ```
/// FAIL tests/print/basic.aw
///   stdout line 2 differs (expected by line 5 of the script)
///     expected: "hello"
///     actual:   "hallo"
///   exit status: expected 0, got 1
///   stderr:
///     error: NameError: undefined name 'x'
/// ```
enum GoldenReport {
    /// How many lines of the child's standard error a failure report quotes.
    static let stderrLineLimit = 20

    static func failure(path: String, failures: [GoldenFailure], stderr: [UInt8]) -> String {
        var lines = ["FAIL \(path)"]
        lines += failures.flatMap(describe).map { "  " + $0 }
        lines += stderrExcerpt(stderr).map { "  " + $0 }
        return lines.joined(separator: "\n") + "\n"
    }

    static func describe(_ failure: GoldenFailure) -> [String] {
        switch failure {
        case .malformedComment(let problem):
            return ["line \(problem.sourceLine): \(problem.message)"]
        case .starterAlreadyPasses:
            return ["an exercise's starter ('# exercise: starter') must fail its expectations until it is solved, and this one passes"]
        case .unreadableScript(let error):
            return ["cannot read the script: \(error.reason)"]
        case .couldNotStart(let error):
            return ["cannot start the process that runs the script: \(error.reason)"]
        case .timedOut(let limit):
            return ["timed out after \(seconds(limit)) s"]
        case .lineDiffers(let stream, let outputLine, let expected, let actual):
            return [
                "\(stream) line \(outputLine) differs (expected by line \(expected.sourceLine) of the script)",
                "  expected: \(quoted(expected.bytes))",
                "  actual:   \(quoted(actual))",
            ]
        case .missingLines(let stream, let outputLine, let firstMissing, let missingCount):
            return [
                "\(stream) ended after \(outputLine - 1) \(plural(outputLine - 1, "line")); "
                    + "\(missingCount) expected \(plural(missingCount, "line")) never came",
                "  first missing (line \(firstMissing.sourceLine) of the script): \(quoted(firstMissing.bytes))",
            ]
        case .extraLines(let stream, let outputLine, let firstExtra, let extraCount):
            return [
                "\(stream) has \(extraCount) unexpected \(plural(extraCount, "line")) "
                    + "after the \(outputLine - 1) expected",
                "  first extra (\(stream) line \(outputLine)): \(quoted(firstExtra))",
            ]
        case .errorLineDiffers(let expectedPrefix, let actual):
            return [
                "error differs (expected by line \(expectedPrefix.sourceLine) of the script)",
                "  expected a line starting with: \(quoted(expectedPrefix.bytes))",
                "  actual first error line:       \(actual.map(quoted) ?? "no error")",
            ]
        case .exitStatusDiffers(let expected, let actual):
            return ["exit status: expected \(expected), got \(describe(actual))"]
        case .schedulesDiffer(let expected, let actual, let complete):
            return [
                "schedules: expected \(expected.count) (line \(expected.sourceLine) of the script), "
                    + (actual.map { complete ? "there are \($0)" : "more than \($0)" } ?? "the exploration did not say")
            ]
        case .scheduleFailuresDiffer(let expected, let actual, let runs):
            let how = expected.exploration == .exhaustive ? "of every schedule" : "of \(runs ?? 0) random runs"
            return [
                "failing schedules: expected \(expected.count) (line \(expected.sourceLine) of the script), "
                    + (actual.map { "\($0) \(how) failed" } ?? "the exploration did not say")
            ]
        case .deadlockDiffers(let expected, let actual):
            return [
                "deadlock: expected \(expected.kind == .none ? "none" : "one with \(expected.kind.rawValue)") (line \(expected.sourceLine) of the script), "
                    + "got \(actual == .none ? "none" : "one with \(actual.rawValue)")"
            ]
        case .finalTimeDiffers(let expected, let actual):
            return [
                "virtual time at exit: expected \(expected.seconds) s (line \(expected.sourceLine) of the script), "
                    + "got \(actual.map { "\($0) s" } ?? "no report")"
            ]
        }
    }

    /// The first `stderrLineLimit` lines of the child's standard error, under a heading.
    static func stderrExcerpt(_ stderr: [UInt8]) -> [String] {
        let lines = GoldenComparison.outputLines(stderr)
        guard !lines.isEmpty else { return [] }
        let shown = lines.prefix(stderrLineLimit).map { "  " + String(decoding: $0, as: UTF8.self) }
        let heading =
            lines.count > stderrLineLimit ? "stderr (first \(stderrLineLimit) of \(lines.count) lines):" : "stderr:"
        return [heading] + shown
    }

    /// Text in double quotes with escapes, so trailing spaces, tabs, control
    /// characters and bytes that are not UTF-8 (`\x{FF}`) all show.
    static func quoted(_ bytes: [UInt8]) -> String {
        var out = "\""
        var parser = Unicode.UTF8.ForwardParser()
        var input = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &input) {
            case .valid(let encoded):
                out += escaped(Unicode.UTF8.decode(encoded))
                offset += encoded.count
            case .error(let length):
                for byte in bytes[offset..<offset + length] {
                    out += "\\x{\(String(byte, radix: 16, uppercase: true))}"
                }
                offset += length
            case .emptyInput:
                return out + "\""
            }
        }
    }

    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\"": return "\\\""
        case "\\": return "\\\\"
        case "\t": return "\\t"
        case "\r": return "\\r"
        case _ where scalar.value < 0x20 || scalar.value == 0x7F:
            return "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
        default: return String(scalar)
        }
    }

    private static func describe(_ ending: ChildEnding) -> String {
        switch ending {
        case .exited(let status): return "\(status)"
        case .signaled(let signal): return "killed by signal \(signal) (\(String(cString: strsignal(signal))))"
        case .timedOut(let limit): return "timed out after \(seconds(limit)) s"
        case .couldNotStart(let error): return "not started (\(error.reason))"
        }
    }

    /// `60` for a whole number of seconds, `0.5` otherwise.
    static func seconds(_ duration: Duration) -> String {
        let (whole, attoseconds) = duration.components
        if attoseconds == 0 { return "\(whole)" }
        return "\(Double(whole) + Double(attoseconds) / 1e18)"
    }

    private static func plural(_ count: Int, _ noun: String) -> String {
        count == 1 ? noun : noun + "s"
    }
}
