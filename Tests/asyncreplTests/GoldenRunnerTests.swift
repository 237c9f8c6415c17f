import Testing

@testable import asyncrepl

/// The golden runner end to end, with a shell script standing in for the
/// interpreter (`FakeInterpreterScript.swift`) so these tests hold whatever the
/// real interpreter prints.
@Suite("The golden runner", .onOwnThreads)
struct GoldenRunnerTests {
    private struct Run {
        var tally: GoldenRunner.Tally
        var report: String
    }

    private func runGolden(
        _ files: [String: String], jobs: Int = 2, timeout: Duration = .seconds(60), verbose: Bool = false
    ) throws -> Run {
        let directory = try TemporaryDirectory()
        let interpreter = try directory.write("fake-interpreter.sh", fakeInterpreterScript, executable: true)
        for (name, text) in files { try directory.write("tests/" + name, text) }
        let scripts = try ScriptCollector.collect([directory.path + "/tests"])
        var runner = GoldenRunner(jobs: jobs, timeout: timeout, verbose: verbose)
        runner.launcher = ScriptLauncher(program: ["/bin/sh", interpreter])
        var report = ""
        let tally = runner.run(scripts) { report += $0 }
        return Run(tally: tally, report: report.replacingAll(directory.path + "/", with: ""))
    }

    @Test("passing scripts print nothing but the tally")
    func passing() throws {
        let run = try runGolden([
            "print.aw": "#> hello\n#> \n# expect: hello\n# expect:\n",
            "error.aw":
                "#> before\n#> FAIL ValueError: boom\n# expect: before\n# expect error: error: ValueError: bo\n",
            "exit.aw": "#> EXIT 4\n# expect exit: 4\n",
        ])
        #expect(run.tally == GoldenRunner.Tally(passed: 3, failed: 0))
        #expect(run.report == "3 passed, 0 failed\n")
    }

    @Test("an exercise's starter passes while it fails its expectations, and fails once it meets them")
    func starters() throws {
        let run = try runGolden([
            "unsolved.aw": "# exercise: starter\n#> 1\n# expect: 2\n",
            "solved.aw": "# exercise: starter\n#> 2\n# expect: 2\n",
            "typo.aw": "# exercise: finished\n",
        ])
        #expect(run.tally == GoldenRunner.Tally(passed: 1, failed: 2))
        #expect(
            run.report == """
                FAIL tests/solved.aw
                  an exercise's starter ('# exercise: starter') must fail its expectations until it is solved, and this one passes
                FAIL tests/typo.aw
                  line 1: '# exercise:' takes 'starter' (a starter must fail its expectations until it is solved)
                1 passed, 2 failed

                """)
    }

    @Test("--verbose lists passing scripts as 'ok FILE', in path order")
    func verbose() throws {
        let run = try runGolden(["b.aw": "", "a.aw": "", "c/d.aw": ""], verbose: true)
        #expect(run.report == "ok tests/a.aw\nok tests/b.aw\nok tests/c/d.aw\n3 passed, 0 failed\n")
    }

    @Test("scripts run with --virtual unless '# mode: real', followed by their '# args:'")
    func flags() throws {
        let run = try runGolden([
            "virtual.aw": "#> ARGS\n# args: --seed 3\n# expect: --virtual --seed 3\n",
            "real.aw": "#> ARGS\n# mode: real\n# args: --seed 4\n# expect: --seed 4\n",
        ])
        #expect(run.report == "2 passed, 0 failed\n")
    }

    @Test("failures are reported in path order, whatever order the children finish in")
    func failureOrder() throws {
        let run = try runGolden(
            [
                "1-slow.aw": "#> SLEEP 2\n#> late\n# expect: early\n",
                "2-wrong.aw": "#> right\n# expect: wrong\n",
                "3-error.aw": "#> FAIL TypeError: no\n# expect error: error: KeyError\n",
                "4-crash.aw": "#> EXIT 1\n",
            ], jobs: 4)
        #expect(run.tally == GoldenRunner.Tally(passed: 0, failed: 4))
        #expect(
            run.report == """
                FAIL tests/1-slow.aw
                  stdout line 1 differs (expected by line 3 of the script)
                    expected: "early"
                    actual:   "late"
                FAIL tests/2-wrong.aw
                  stdout line 1 differs (expected by line 2 of the script)
                    expected: "wrong"
                    actual:   "right"
                FAIL tests/3-error.aw
                  error differs (expected by line 2 of the script)
                    expected a line starting with: "error: KeyError"
                    actual first error line:       "error: TypeError: no"
                  stderr:
                    error: TypeError: no
                FAIL tests/4-crash.aw
                  exit status: expected 0, got 1
                0 passed, 4 failed

                """)
    }

    @Test("a script with a malformed golden comment fails without running")
    func malformed() throws {
        let run = try runGolden(["bad.aw": "#> HANG\n# expect exit: soon\n", "good.aw": "#> x\n# expect: x\n"])
        #expect(run.tally == GoldenRunner.Tally(passed: 1, failed: 1))
        #expect(run.report.hasPrefix("FAIL tests/bad.aw\n  line 2: '# expect exit:' needs a whole number"))
    }

    @Test("golden comments survive invalid UTF-8 in the script")
    func invalidUTF8() throws {
        let directory = try TemporaryDirectory()
        let interpreter = try directory.write("fake-interpreter.sh", fakeInterpreterScript, executable: true)
        let script = try directory.write("bytes.aw", bytes: [0xFF, 0x0A] + Array("#> ok\n# expect: ok\n".utf8))
        var runner = GoldenRunner(jobs: 1, timeout: .seconds(60))
        runner.launcher = ScriptLauncher(program: ["/bin/sh", interpreter])
        #expect(runner.run([script]) { _ in } == GoldenRunner.Tally(passed: 1, failed: 0))
    }

    @Test("a chatty script is captured whole")
    func chatty() throws {
        let run = try runGolden(["noise.aw": "#> NOISE 100000\n"])
        #expect(run.tally.failed == 1)
        #expect(run.report.contains("stdout has 100000 unexpected lines after the 0 expected"))
        #expect(run.report.contains("stderr (first 20 of 100000 lines):"))
    }
}

extension String {
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
