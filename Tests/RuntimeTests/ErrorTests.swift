import Runtime
import Testing

@Suite struct ErrorTests {
    @Test func uncaughtErrorsReportKindLocationSourceAndTrace() {
        let source = """
            fn ratio(a, b) {
                return a / b
            }
            print(ratio(1, 0))
            """
        let result = run(source)
        #expect(result.status == 1)
        #expect(result.output == "")
        #expect(result.errors == """
            error: ZeroDivisionError: division by zero
              --> test.aw:2:14
               |
             2 |     return a / b
               |              ^
              trace: test.aw:2:14 in ratio
                     test.aw:4:7 in <main>

            """)
    }

    @Test func anErrorFromAnAwaitedTaskIsReportedThroughItsAwaiter() {
        let source = """
            async fn boom() {
                throw ValueError("boom")
            }
            let t = spawn boom()
            await t
            """
        #expect(run(source).errors == """
            error: ValueError: boom
              --> test.aw:2:5
               |
             2 |     throw ValueError("boom")
               |     ^
              trace: test.aw:2:5 in boom
                     test.aw:5:1 in <main> (awaiting boom#2)

            """)
    }

    @Test func controlCharactersInTheQuotedLineAreEscapedAndTheCaretStaysUnderItsColumn() {
        let result = run("let s = \"\u{1B}[2J\u{7}\"; throw ValueError(s.upper())")
        let lines = result.errors.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[3] == " 1 | let s = \"\\x1b[2J\\x07\"; throw ValueError(s.upper())")
        #expect(lines[4] == "   |                        ^")
        #expect(!result.errors.dropFirst(lines[0].count + 1).contains("\u{1B}"))
    }

    @Test func didYouMeanSuggestsOnlyCloseNames() {
        #expect(Suggestions.closest(to: "valeu", in: ["value", "values"]) == "value")
        #expect(Suggestions.closest(to: "lenght", in: ["length", "len"]) == "length")
        #expect(Suggestions.closest(to: "pritn", in: ["print", "sprint"]) == "print")
        #expect(Suggestions.closest(to: "d", in: ["a", "b"]) == nil)
        #expect(Suggestions.closest(to: "keep", in: ["sleep"]) == nil)
        #expect(run("let a = 1\nprint(d)").errorHeading == "error: NameError: name 'd' is not defined")
    }

    @Test func finallyRunsOnEveryWayOut() {
        let source = """
            fn f() { try { return "returned" } finally { print("finally 1") } }
            print(f())
            for i in range(3) {
                try {
                    if i == 0 { continue }
                    if i == 2 { break }
                    print("body", i)
                } finally { print("finally", i) }
            }
            try {
                try { throw ValueError("x") } finally { print("inner finally") }
            } catch ValueError { print("outer catch") }
            """
        #expect(output(source) == "finally 1\nreturned\nfinally 0\nbody 1\nfinally 1\nfinally 2\ninner finally\nouter catch\n")
    }

    @Test func catchWithoutAKindDoesNotCatchCancellation() {
        let source = """
            try {
                try { throw CancelledError("stop") } catch e { print("wrongly caught") }
            } catch CancelledError as c { print("cancellation caught by name:", c.message) }
            """
        #expect(output(source) == "cancellation caught by name: stop\n")
    }

    @Test func errorsCarryKindMessageAndTrace() {
        let source = """
            fn boom() { throw Error("custom", kind: "MyError") }
            try { boom() } catch MyError as e { print(e.kind, e.message, len(e.trace), e) }
            """
        #expect(output(source) == "MyError custom 2 MyError: custom\n")
    }

    @Test func onlyErrorsCanBeThrown() {
        #expect(run("throw \"oops\"").errorHeading.hasPrefix("error: TypeError: throw needs an error value"))
    }

    @Test func undefinedNamesSuggestCloseOnes() {
        #expect(run("let total = 1\nprint(totl)").errorHeading == "error: NameError: name 'totl' is not defined; did you mean 'total'?")
    }

    @Test func missingKeysAndIndexesHaveTheirOwnKinds() {
        #expect(run("print({\"a\": 1}[\"b\"])").errorHeading == "error: KeyError: \"b\"")
        #expect(run("print([1][5])").errorHeading == "error: IndexError: list index 5 is out of range (length 1)")
        #expect(run("let m = {\"name\": 1}\nprint(m.nmae)").errorHeading == "error: KeyError: \"nmae\"; did you mean \"name\"?")
    }

    @Test func compileErrorsAreAllReportedBeforeAnythingRuns() {
        let result = run("print(\"ran\")\nlet x = 1\nx = 2\nbreak\nfn f() { await g() }\nreturn 1")
        #expect(result.output == "")
        #expect(result.status == 1)
        let headings = result.errors.split(separator: "\n").filter { $0.hasPrefix("error") }
        #expect(headings.count == 4)
        #expect(headings.allSatisfy { $0.hasPrefix("error[syntax]: ") })
    }
}
