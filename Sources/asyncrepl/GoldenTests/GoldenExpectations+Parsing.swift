/// Reading golden comments out of a script's raw bytes:
///
/// ```
/// # expect: TEXT         the next line of standard output (`# expect:` alone: an empty line)
/// # expect error: TEXT   a prefix of the first stderr line that starts with `error`
/// # expect stderr: TEXT  the next line of standard error (with any, stderr must match them all)
/// # expect no stderr     nothing on standard error
/// # expect exit: N       the exit status
/// # args: FLAGS          extra flags for `asyncrepl run`, split on whitespace
/// # mode: real           run on the real clock instead of the virtual one
/// # expect time: 3.0     the virtual clock's reading when the script ends
/// # expect schedules: 6  exploring every schedule runs exactly 6
/// # expect failures: 0 (exhaustive)   no schedule fails; `(runs: 200)`: none of 200 random ones
/// # expect deadlock: cycle            the run ends in a deadlock with a cycle (`no cycle`, `none`)
/// ```
///
/// A comment may stand on its own line or follow code (`print(1)  # expect: 1`).
extension GoldenExpectations {
    init(parsing source: [UInt8]) {
        self.init()
        for (index, line) in Self.lines(of: source).enumerated() {
            guard let start = CommentLocator.commentStart(in: line) else { continue }
            read(comment: line[start...], onLine: index + 1)
        }
    }

    /// The lines of `source` without their `\n` or `\r\n` terminators.
    static func lines(of source: [UInt8]) -> [ArraySlice<UInt8>] {
        source.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            line.last == UInt8(ascii: "\r") ? line.dropLast() : line
        }
    }

    private mutating func read(comment: ArraySlice<UInt8>, onLine line: Int) {
        if let text = comment.value(after: "# expect:") {
            expectOutput(text, onLine: line)
        } else if comment.value(after: "# expect no stderr") != nil {
            expectsNoStderr = true
        } else if let text = comment.value(after: "# expect stderr:") {
            if let verbatim = Self.verbatim(text, directive: "# expect stderr:", onLine: line, problems: &problems) {
                stderrLines.append(ExpectedLine(bytes: verbatim, sourceLine: line))
            }
        } else if let text = comment.value(after: "# expect error:") {
            expectError(text, onLine: line)
        } else if let text = comment.value(after: "# expect exit:") {
            expectExit(text, onLine: line)
        } else if let text = comment.value(after: "# expect time:") {
            expectTime(text, onLine: line)
        } else if let text = comment.value(after: "# expect schedules:") {
            expectSchedules(text, onLine: line)
        } else if let text = comment.value(after: "# expect failures:") {
            expectFailures(text, onLine: line)
        } else if let text = comment.value(after: "# expect deadlock:") {
            expectDeadlock(text, onLine: line)
        } else if let text = comment.value(after: "# args:") {
            arguments += text.split(whereSeparator: \.isWhitespace).map { String(decoding: $0, as: UTF8.self) }
        } else if let text = comment.value(after: "# mode:") {
            setMode(text, onLine: line)
        } else if let text = comment.value(after: "# exercise:") {
            if String(decoding: text, as: UTF8.self).trimmingCharacters(in: .whitespaces) == "starter" {
                isStarter = true
            } else {
                complain("'# exercise:' takes 'starter' (a starter must fail its expectations until it is solved)", onLine: line)
            }
        } else if let unknown = comment.unknownExpectDirective() {
            complain(
                "unknown golden comment '\(unknown)'; the runner knows '# expect: TEXT', '# expect error: TEXT', "
                    + "'# expect stderr: TEXT', '# expect no stderr', "
                    + "'# expect exit: N', '# expect time: SECONDS', '# expect schedules: N', "
                    + "'# expect failures: N (exhaustive)', '# expect deadlock: cycle', "
                    + "'# args: FLAGS', '# mode: real' and '# exercise: starter'", onLine: line)
        }
    }

    private mutating func expectOutput(_ text: ArraySlice<UInt8>, onLine line: Int) {
        guard let verbatim = Self.verbatim(text, directive: "# expect:", onLine: line, problems: &problems) else {
            return
        }
        stdoutLines.append(ExpectedLine(bytes: verbatim, sourceLine: line))
    }

    private mutating func expectError(_ text: ArraySlice<UInt8>, onLine line: Int) {
        if let first = errorPrefix {
            complain(
                "a second '# expect error:' (the first is on line \(first.sourceLine)); "
                    + "a script stops at its first uncaught error", onLine: line)
            return
        }
        guard let verbatim = Self.verbatim(text, directive: "# expect error:", onLine: line, problems: &problems)
        else { return }
        errorPrefix = ExpectedLine(bytes: verbatim, sourceLine: line)
    }

    private mutating func expectTime(_ text: ArraySlice<UInt8>, onLine line: Int) {
        let number = String(decoding: text, as: UTF8.self).trimmingSpaces()
        guard finalTime == nil else {
            complain("a second '# expect time:'; a script ends at one time", onLine: line)
            return
        }
        guard let seconds = Double(number), seconds.isFinite, seconds >= 0 else {
            complain("'# expect time:' needs a number of seconds such as 3.0, got '\(number)'", onLine: line)
            return
        }
        finalTime = ExpectedTime(seconds: seconds, sourceLine: line)
    }

    private mutating func expectExit(_ text: ArraySlice<UInt8>, onLine line: Int) {
        let number = String(decoding: text, as: UTF8.self).trimmingSpaces()
        guard explicitExitStatus == nil else {
            complain("a second '# expect exit:'; a script has one exit status", onLine: line)
            return
        }
        guard let status = Int32(number), (0...255).contains(status) else {
            complain("'# expect exit:' needs a whole number from 0 to 255, got '\(number)'", onLine: line)
            return
        }
        explicitExitStatus = status
    }

    private mutating func expectSchedules(_ text: ArraySlice<UInt8>, onLine line: Int) {
        let number = String(decoding: text, as: UTF8.self).trimmingSpaces()
        guard schedules == nil else { return complain("a second '# expect schedules:'", onLine: line) }
        guard let count = Int(number), count > 0 else {
            return complain("'# expect schedules:' needs a whole number of schedules such as 6, got '\(number)'", onLine: line)
        }
        if let failures = scheduleFailures, failures.exploration != .exhaustive {
            return complain("'# expect schedules:' explores every schedule; write '# expect failures: N (exhaustive)' with it", onLine: line)
        }
        schedules = ExpectedCount(count: count, sourceLine: line)
    }

    /// `N (exhaustive)` or `N (runs: M)`.
    private mutating func expectFailures(_ text: ArraySlice<UInt8>, onLine line: Int) {
        let words = String(decoding: text, as: UTF8.self).trimmingSpaces()
        let usage = "'# expect failures:' needs a count and how to explore, as in '# expect failures: 0 (exhaustive)' or '# expect failures: 0 (runs: 200)'"
        guard scheduleFailures == nil else { return complain("a second '# expect failures:'", onLine: line) }
        guard let open = words.firstIndex(of: "("), words.hasSuffix(")"), let count = Int(words[..<open].trimmingSpaces()), count >= 0
        else { return complain("\(usage), got '\(words)'", onLine: line) }
        let how = String(words[words.index(after: open)..<words.index(before: words.endIndex)]).trimmingSpaces()
        let exploration: ExplorationRequest
        if how == "exhaustive" {
            exploration = .exhaustive
        } else if how.hasPrefix("runs:"), let runs = Int(String(how.dropFirst("runs:".count)).trimmingSpaces()), runs > 0 {
            if schedules != nil {
                return complain("'# expect schedules:' explores every schedule; make this '(exhaustive)'", onLine: line)
            }
            exploration = .runs(runs)
        } else {
            return complain("\(usage), got '\(words)'", onLine: line)
        }
        scheduleFailures = ExpectedFailures(count: count, exploration: exploration, sourceLine: line)
    }

    private mutating func expectDeadlock(_ text: ArraySlice<UInt8>, onLine line: Int) {
        let word = String(decoding: text, as: UTF8.self).trimmingSpaces()
        guard deadlock == nil else { return complain("a second '# expect deadlock:'", onLine: line) }
        guard let kind = ExpectedDeadlock.Kind(rawValue: word) else {
            return complain("'# expect deadlock:' is 'cycle', 'no cycle' or 'none', got '\(word)'", onLine: line)
        }
        deadlock = ExpectedDeadlock(kind: kind, sourceLine: line)
    }

    private mutating func setMode(_ text: ArraySlice<UInt8>, onLine line: Int) {
        switch String(decoding: text, as: UTF8.self).trimmingSpaces() {
        case "real": usesRealClock = true
        case "virtual": usesRealClock = false
        case let other: complain("'# mode:' is 'real' or 'virtual' (the default), got '\(other)'", onLine: line)
        }
    }

    private mutating func complain(_ message: String, onLine line: Int) {
        problems.append(GoldenProblem(sourceLine: line, message: message))
    }

    /// The text after `directive: `, verbatim; nil (and a problem) when the space is missing.
    private static func verbatim(
        _ text: ArraySlice<UInt8>, directive: String, onLine line: Int, problems: inout [GoldenProblem]
    ) -> [UInt8]? {
        if text.isEmpty { return [] }
        if text.first == UInt8(ascii: " ") { return Array(text.dropFirst()) }
        problems.append(
            GoldenProblem(sourceLine: line, message: "write a space after '\(directive)', as in '\(directive) TEXT'"))
        return nil
    }
}

extension ArraySlice<UInt8> {
    /// The bytes after `prefix` when the comment starts with it.
    fileprivate func value(after prefix: String) -> ArraySlice<UInt8>? {
        starts(with: prefix.utf8) ? dropFirst(prefix.utf8.count) : nil
    }

    /// `# expect WORD:` with a WORD the runner does not know (a typo such as `# expect errors:`).
    /// `# expect the worst` is prose, not a directive, so it is left alone.
    fileprivate func unknownExpectDirective() -> String? {
        guard let rest = value(after: "# expect ") else { return nil }
        let word = rest.prefix { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }
        guard !word.isEmpty, rest.dropFirst(word.count).first == UInt8(ascii: ":") else { return nil }
        return "# expect \(String(decoding: word, as: UTF8.self)):"
    }
}

extension UInt8 {
    fileprivate var isWhitespace: Bool {
        self == UInt8(ascii: " ") || self == UInt8(ascii: "\t")
    }
}

extension StringProtocol {
    fileprivate func trimmingSpaces() -> String {
        let scalars = unicodeScalars.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }
        return String(String.UnicodeScalarView(scalars.reversed()))
    }
}
