import Testing

@testable import asyncrepl

@Suite("Launcher and ordered printing")
struct SmallPartsTests {
    @Test("a script runs with --virtual unless it asks for the real clock, then its own flags")
    func launcherCommand() {
        let launcher = ScriptLauncher(program: ["/bin/prog", "--flag"])
        let virtual = GoldenExpectations(parsingText: "# args: --seed 3\n")
        #expect(
            launcher.command(running: "t/a.aw", expecting: virtual)
                == ["/bin/prog", "--flag", "run", "t/a.aw", "--virtual", "--seed", "3"])
        let real = GoldenExpectations(parsingText: "# mode: real\n")
        #expect(launcher.command(running: "t/a.aw", expecting: real) == ["/bin/prog", "--flag", "run", "t/a.aw"])
        #expect(ScriptLauncher.currentExecutable.program == ["/proc/self/exe"])
        #expect(launcher.command(running: "-odd.aw", expecting: real) == ["/bin/prog", "--flag", "run", "./-odd.aw"])
    }

    @Test("results arriving out of order are printed in index order, empty ones skipped")
    func inOrderPrinter() {
        var printed: [String] = []
        var printer = InOrderPrinter { printed.append($0) }
        printer.deliver("c", at: 2)
        printer.deliver("b", at: 1)
        #expect(printed.isEmpty)
        printer.deliver("", at: 0)
        #expect(printed == ["b", "c"])
        printer.deliver("d", at: 3)
        #expect(printed == ["b", "c", "d"])
    }

    @Test("the comment locator finds the first '#' outside strings")
    func commentLocator() {
        func start(_ line: String) -> Int? { CommentLocator.commentStart(in: Array(line.utf8)[...]) }
        #expect(start("x = 1 # c") == 6)
        #expect(start("# c") == 0)
        #expect(start(##"s = "#" # c"##) == 8)
        #expect(start(##"s = "\"#" "##) == nil)
        #expect(start(##"s = "unterminated # c"##) == nil)
        #expect(start("no comment") == nil)
    }

    @Test("a mistyped REPL command gets the closest command, by edit distance or by prefix")
    func commandHints() {
        #expect(REPLCommand.hint(for: "tsaks") == "unknown command ':tsaks'; did you mean ':tasks'? (:help lists the commands)")
        #expect(REPLCommand.hint(for: "advnce") == "unknown command ':advnce'; did you mean ':advance'? (:help lists the commands)")
        #expect(REPLCommand.hint(for: "q") == "unknown command ':q'; did you mean ':quit'? (:help lists the commands)")
        #expect(REPLCommand.hint(for: "bogus") == "unknown command ':bogus' (:help lists the commands)")
        #expect(REPLCommand.hint(for: "") == "unknown command ':' (:help lists the commands)")
    }
}
