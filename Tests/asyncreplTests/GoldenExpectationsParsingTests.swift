import Testing

@testable import asyncrepl

@Suite("Reading golden comments")
struct GoldenExpectationsParsingTests {
    @Test("each '# expect:' line, indented or not, is the next stdout line")
    func expectLines() {
        let expectations = GoldenExpectations(
            parsingText: """
                print("a")
                # expect: a
                if true {
                    print("b")
                \t  # expect: b
                }
                """)
        #expect(expectations.stdoutLines == [expected("a", line: 2), expected("b", line: 5)])
        #expect(expectations.expectedExitStatus == 0)
        #expect(expectations.problems.isEmpty)
    }

    @Test("the text after '# expect: ' is kept verbatim, spaces included; only a trailing CR goes")
    func verbatimText() {
        let expectations = GoldenExpectations(parsingText: "# expect:  two  spaces \r\n# expect: tab\there\r\n")
        #expect(expectations.stdoutTexts == [" two  spaces ", "tab\there"])
    }

    @Test("each '# expect stderr:' line is the next line of standard error")
    func stderrLines() {
        let expectations = GoldenExpectations(parsingText: "# expect stderr: one\nprint(1) # expect stderr: two\n")
        #expect(expectations.stderrLines == [expected("one", line: 1), expected("two", line: 2)])
        #expect(expectations.stdoutLines.isEmpty)
    }

    @Test("'# expect:' with nothing after it expects an empty line")
    func emptyLine() {
        let expectations = GoldenExpectations(parsingText: "print(\"\")\n# expect:\n# expect:\r\n")
        #expect(expectations.stdoutTexts == ["", ""])
    }

    @Test("an expectation may follow code on the same line")
    func trailingComment() {
        let expectations = GoldenExpectations(
            parsingText: "print(1)  # expect: 1\nlet x = 2 # expect error: error: Boom\n")
        #expect(expectations.stdoutTexts == ["1"])
        #expect(expectations.errorPrefix == expected("error: Boom", line: 2))
    }

    @Test(
        "'# expect:' inside a string literal is not an expectation",
        arguments: [
            ##"print("# expect: no")"##,
            ##"print("say \"# expect: no\"")"##,
            ##"print("\(f("# expect: no"))")"##,
            ##"print("\(g(h(1), "(") + "# expect: no")")"##,
            ##"print("""# expect: no""")"##,
        ])
    func stringLiterals(line: String) {
        #expect(GoldenExpectations(parsingText: line).stdoutLines.isEmpty)
        #expect(GoldenExpectations(parsingText: line + "  # expect: yes").stdoutTexts == ["yes"])
    }

    @Test("a comment that merely contains '# expect:' later on is not an expectation")
    func notAtCommentStart() {
        let expectations = GoldenExpectations(parsingText: "# see below # expect: no\nx = 1 # note # expect: no\n")
        #expect(expectations.stdoutLines.isEmpty)
        #expect(expectations.problems.isEmpty)
    }

    @Test("golden comments are read from raw bytes, invalid UTF-8 and all")
    func invalidUTF8() {
        var source: [UInt8] = Array("print(\"\u{1}\")\n".utf8)
        source += [0xFF, 0xFE, 0x0A]  // a line that is not UTF-8 at all
        source += Array("# expect: caf".utf8) + [0xE9] + Array("\n# expect: after\n".utf8)
        let expectations = GoldenExpectations(parsing: source)
        #expect(expectations.stdoutLines.map(\.bytes) == [Array("caf".utf8) + [0xE9], Array("after".utf8)])
        #expect(expectations.stdoutLines.map(\.sourceLine) == [3, 4])
    }

    @Test("an expected error makes the expected status 1; '# expect exit:' overrides it")
    func exitStatus() {
        #expect(GoldenExpectations(parsingText: "# expect error: error: ValueError").expectedExitStatus == 1)
        #expect(GoldenExpectations(parsingText: "# expect exit: 3").expectedExitStatus == 3)
        let both = GoldenExpectations(parsingText: "# expect error: error[syntax]\n# expect exit:  0 ")
        #expect(both.expectedExitStatus == 0)
        #expect(both.errorPrefix?.text == "error[syntax]")
    }

    @Test("'# args:' flags are split on whitespace; several lines add up")
    func arguments() {
        let expectations = GoldenExpectations(
            parsingText: "# args: --seed   3\t--shuffle 9\n# args:\n# args: --trace\n")
        #expect(expectations.arguments == ["--seed", "3", "--shuffle", "9", "--trace"])
    }

    @Test("'# mode: real' turns the virtual clock off")
    func mode() {
        #expect(GoldenExpectations(parsingText: "print(1)\n").usesRealClock == false)
        #expect(GoldenExpectations(parsingText: "# mode: real\n").usesRealClock == true)
        #expect(GoldenExpectations(parsingText: "# mode: virtual\n").usesRealClock == false)
    }

    @Test(
        "malformed golden comments are problems that name their line",
        arguments: [
            ("# expect exit: one", "'# expect exit:' needs a whole number from 0 to 255, got 'one'"),
            ("# expect exit: 300", "'# expect exit:' needs a whole number from 0 to 255, got '300'"),
            ("# expect:x", "write a space after '# expect:', as in '# expect: TEXT'"),
            ("# expect error:boom", "write a space after '# expect error:', as in '# expect error: TEXT'"),
            ("# mode: fast", "'# mode:' is 'real' or 'virtual' (the default), got 'fast'"),
        ])
    func problems(line: String, message: String) {
        let expectations = GoldenExpectations(parsingText: "print(1)\n" + line + "\n")
        #expect(expectations.problems == [GoldenProblem(sourceLine: 2, message: message)])
    }

    @Test("a misspelt directive is a problem, prose that starts with 'expect' is not")
    func unknownDirective() {
        let typo = GoldenExpectations(parsingText: "# expect errors: x\n")
        #expect(typo.problems.count == 1)
        #expect(typo.problems.first?.message.hasPrefix("unknown golden comment '# expect errors:'") == true)
        #expect(GoldenExpectations(parsingText: "# expect the worst: it fails\n# expected output\n").problems.isEmpty)
    }

    @Test("a second '# expect error:' or '# expect exit:' is a problem")
    func duplicates() {
        let expectations = GoldenExpectations(
            parsingText: "# expect error: error: A\n# expect error: error: B\n# expect exit: 1\n# expect exit: 2\n")
        #expect(expectations.problems.map(\.sourceLine) == [2, 4])
        #expect(expectations.errorPrefix?.text == "error: A")
        #expect(expectations.explicitExitStatus == 1)
    }

    @Test("'# expect time:' records the expected final clock; a bad or second one is a problem")
    func expectTime() {
        let expectations = GoldenExpectations(parsingText: "print(1)\n# expect time: 2.05\n")
        #expect(expectations.finalTime == ExpectedTime(seconds: 2.05, sourceLine: 2))
        #expect(expectations.problems.isEmpty)
        let bad = GoldenExpectations(parsingText: "# expect time: soon\n# expect time: 1\n# expect time: 2\n")
        #expect(bad.problems.map(\.sourceLine) == [1, 3])
    }

    @Test("a run's reported clock is compared with '# expect time:'")
    func timeComparison() {
        let expected = ExpectedTime(seconds: 3, sourceLine: 4)
        let report = Array("warning: x\nasyncrepl: virtual time at exit: 3.0\n".utf8)
        #expect(GoldenComparison.timeFailures(report, expected: expected).isEmpty)
        let late = Array("asyncrepl: virtual time at exit: 6.0\n".utf8)
        #expect(GoldenComparison.timeFailures(late, expected: expected) == [.finalTimeDiffers(expected: expected, actual: 6)])
        #expect(GoldenComparison.timeFailures([], expected: expected) == [.finalTimeDiffers(expected: expected, actual: nil)])
    }
}
