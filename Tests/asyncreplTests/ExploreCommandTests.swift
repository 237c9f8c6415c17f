import Foundation
import Testing

@testable import asyncrepl

/// `asyncrepl explore` and `asyncrepl replay`, as a student runs them on the race samples.
@Suite("explore and replay", .onOwnThreads)
struct ExploreCommandTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    private func asyncrepl(_ arguments: [String]) throws -> ChildOutcome {
        let binary = try #require(AsyncReplBinary.path, "build asyncrepl first (swift build), or set ASYNCREPL_BINARY")
        return AsyncReplBinary.runCommand(["/bin/sh", "-c", "cd \(Self.root) && exec \"$0\" \"$@\"", binary] + arguments)
    }

    /// The commands a report says reproduce its outcomes, without `asyncrepl`.
    private func reproducingCommands(in report: String) -> [[String]] {
        report.split(separator: "\n").compactMap { line -> [String]? in
            guard let range = line.range(of: "reproduce: asyncrepl ") else { return nil }
            return line[range.upperBound...].split(separator: " ").map(String.init)
        }
    }

    @Test func everyScheduleOfTheLostUpdateAndTheCommandsThatReproduceThem() throws {
        let explored = try asyncrepl(["explore", "samples/race_counter.aw", "--exhaustive"])
        let report = explored.stdoutText
        #expect(explored.ending == .exited(1), "a failing schedule makes explore fail: \(report)\(explored.stderrText)")
        #expect(
            report.hasPrefix(
                "explored every schedule of samples/race_counter.aw: 6 schedules in 4 classes (4 runs)\n"
                    + "schedules in one class differ only in the order of independent steps\n2 distinct outcomes:\n"))
        #expect(report.contains("  4 ✗ failed "))
        #expect(report.contains("  2 ✓ passed "))
        #expect(report.contains("4 of 6 schedules failed.\nIt fails in plain FIFO order, with no reordering at all:\n"))
        #expect(report.contains("increment#2"), "the failure is drawn as a timeline")
        let commands = reproducingCommands(in: report)
        #expect(commands.count == 2)
        for command in commands {
            let replayed = try asyncrepl(command)
            let counter = replayed.stdoutText
            #expect(report.contains("      | \(counter.dropLast())\n"), "\(command) printed \(counter)")
        }
    }

    @Test func aScriptThatDoesNotCompileIsReportedWhereItIsWrongWithoutRunning() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("explore-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let script = directory.appendingPathComponent("broken.aw").path
        try "print(1)\nlet x = )\n".write(toFile: script, atomically: true, encoding: .utf8)
        for mode in [["--exhaustive"], ["--runs", "5"], ["--pct"]] {
            let explored = try asyncrepl(["explore", script] + mode)
            #expect(explored.ending == .exited(1))
            #expect(explored.stdoutText == "", "nothing ran, so there is no report")
            #expect(explored.stderrText.hasPrefix("error[syntax]: expected an expression, found ')'\n  --> \(script):2:9\n"))
        }
    }

    @Test func aSearchStoppedAtItsLimitSaysSoAndWhatToTryInstead() throws {
        let explored = try asyncrepl(["explore", "bench/explore/dependent_3x3.aw", "--exhaustive", "--limit", "20"])
        #expect(explored.ending == .exited(0))
        let report = explored.stdoutText
        #expect(report.hasPrefix("explored bench/explore/dependent_3x3.aw: stopped after 20 runs (--limit), having seen "))
        #expect(report.contains("; there are more\n"))
        #expect(
            report.hasSuffix(
                "No failure in the 20 runs made; they vary the end of the run first (the search goes depth-first), "
                    + "so to sample whole runs try --pct or --runs N, or raise --limit.\n"))
    }

    @Test func withTheLockNoScheduleFails() throws {
        let explored = try asyncrepl(["explore", "samples/race_counter_fixed.aw", "--exhaustive"])
        #expect(explored.ending == .exited(0))
        #expect(explored.stdoutText.contains("1 distinct outcome:"))
        #expect(explored.stdoutText.hasSuffix("No schedule fails.\n"))
    }

    @Test func theStaggeredRaceNeedsOneReorderingAndReplaysByteForByte() throws {
        let fifo = try asyncrepl(["run", "--virtual", "samples/race_staggered.aw"])
        #expect(fifo.ending == .exited(0), "FIFO order hides this race")
        let explored = try asyncrepl(["explore", "samples/race_staggered.aw", "--exhaustive"])
        let report = explored.stdoutText
        #expect(report.contains("This failure needs 1 reordering of FIFO order: schedule "))
        let replayLine = try #require(report.split(separator: "\n").last { $0.hasPrefix("Replay it: asyncrepl ") })
        let command = replayLine.dropFirst("Replay it: asyncrepl ".count).split(separator: " ").map(String.init)
        let first = try asyncrepl(command)
        let second = try asyncrepl(command)
        #expect(first.ending == .exited(1))
        #expect(first.stdout == second.stdout && first.stderr == second.stderr)
        #expect(first.stderrText.hasPrefix("error: Error: overdrawn: the balance is -40"))
    }

    @Test func randomRunsNameTheShuffleSeedThatGivesEachOutcome() throws {
        let explored = try asyncrepl(["explore", "samples/race_counter.aw", "--runs", "40"])
        let report = explored.stdoutText
        #expect(report.hasPrefix("explored samples/race_counter.aw: 40 runs in random orders (--shuffle seeds)\n2 distinct outcomes:\n"))
        for command in reproducingCommands(in: report) {
            #expect(command.contains("--shuffle"))
            let again = try asyncrepl(command)
            #expect(report.contains("      | \(again.stdoutText.dropLast())\n"))
        }
    }

    @Test func pctReportsTheOddsWhenNothingFails() throws {
        let explored = try asyncrepl(["explore", "samples/race_counter_fixed.aw", "--pct", "--depth", "2", "--runs", "50"])
        #expect(explored.ending == .exited(0))
        let report = explored.stdoutText
        #expect(report.hasPrefix("explored samples/race_counter_fixed.aw with PCT, depth 2: 50 runs (n = 3 tasks, k = "))
        #expect(report.contains("No failure in 50 runs; a depth-2 bug would have been found with probability ≥ "))
    }

    @Test func badSchedulesAndFlagsAreUsageErrors() throws {
        let bad = try asyncrepl(["replay", "samples/race_counter.aw", "--schedule", "1.x"])
        #expect(bad.ending == .exited(2))
        #expect(bad.stderrText.contains("--schedule needs indexes separated by dots, like 1.0.1 (or 'fifo'), got '1.x'"))
        let both = try asyncrepl(["explore", "samples/race_counter.aw", "--exhaustive", "--pct"])
        #expect(both.ending == .exited(2))
        let missing = try asyncrepl(["explore", "no/such/file.aw"])
        #expect(missing.ending == .exited(2))
        #expect(missing.stderrText.contains("cannot read 'no/such/file.aw'"))
    }

    @Test func aScheduleThatNoLongerFitsIsNamedAndTheRunGoesOn() throws {
        let replayed = try asyncrepl(["replay", "samples/race_counter.aw", "--schedule", "0.9"])
        #expect(replayed.stdoutText == "counter: 1\n")
        #expect(replayed.stderrText.contains(
            "warning: schedule 0.9 no longer fits samples/race_counter.aw: choice 2 (step"))
        #expect(replayed.stderrText.contains("asks for index 9, but only 2 tasks are ready there"))
        #expect(replayed.stderrText.contains("the run went on in FIFO order (the schedule it ran: 0m.0m.0m)"))
    }

    /// A script that never ends (a task spinning on `await sleep(0)`) fails each run at --max-steps instead of hanging.
    @Test func aRunThatNeverEndsStopsAtItsStepLimit() throws {
        let folder = try TemporaryDirectory()
        try folder.write("spin.aw", "var done = false\nasync fn spin() {\n    while not done { await sleep(0) }\n}\nawait spin()\n")
        for mode in [["--runs", "2"], ["--exhaustive"]] {
            let explored = try asyncrepl(["explore", folder.path + "/spin.aw", "--max-steps", "20000"] + mode)
            #expect(explored.ending == .exited(1))
            #expect(explored.stdoutText.contains("| error: LimitError: the script took more than 20000 steps"), "\(explored.stdoutText)")
        }
    }

    @Test func goldenCommentsCheckEverySchedule() throws {
        let folder = try TemporaryDirectory()
        let race = """
            var counter = 0
            async fn increment() {
                let seen = counter
                await sleep(0)
                counter = seen + 1
            }
            await gather(increment(), increment())
            if counter != 2 { throw Error("lost an update") }

            """
        let fixed = race.replacingOccurrences(of: "var counter = 0", with: "var counter = 0\nlet lock = Lock()")
            .replacingOccurrences(of: "    let seen = counter\n    await sleep(0)\n    counter = seen + 1", with: "    with lock {\n        let seen = counter\n        await sleep(0)\n        counter = seen + 1\n    }")
        let cycle = """
            let a = Lock()
            let b = Lock()
            async fn one() { with a { await sleep(0); with b { } } }
            async fn two() { with b { await sleep(0); with a { } } }
            await gather(one(), two())

            """
        try folder.write("fixed.aw", fixed + "# expect schedules: 4\n# expect failures: 0 (exhaustive)\n")
        try folder.write("fifo_only.aw", race + "# expect error: error: Error: lost an update\n# expect failures: 0 (exhaustive)\n")
        try folder.write("miscounted.aw", fixed + "# expect schedules: 5\n")
        try folder.write("random.aw", race + "# expect error: error: Error\n# expect failures: 0 (runs: 30)\n")
        try folder.write("cycle.aw", cycle + "# expect deadlock: cycle\n")
        try folder.write("no_deadlock.aw", cycle + "# expect deadlock: none\n")
        try folder.write("typo.aw", "# expect failures: none\n# expect deadlock: maybe\n# expect schedules: x\n")
        let tested = try asyncrepl(["test", folder.path])
        let report = tested.stdoutText.replacingOccurrences(of: folder.path + "/", with: "")
        #expect(tested.ending == .exited(1))
        #expect(report.hasSuffix("2 passed, 5 failed\n"), "\(report)")
        #expect(report.contains("FAIL fifo_only.aw\n  failing schedules: expected 0 (line 10 of the script), 4 of every schedule failed\n"))
        #expect(report.contains("FAIL miscounted.aw\n  schedules: expected 5 (line 12 of the script), there are 4\n"))
        #expect(report.contains("FAIL random.aw\n  failing schedules: expected 0 (line 10 of the script), "))
        #expect(report.contains("of 30 random runs failed\n"))
        #expect(report.contains("FAIL no_deadlock.aw\n  exit status: expected 0, got 1\n  deadlock: expected none (line 6 of the script), got one with cycle\n"))
        #expect(report.contains("line 1: '# expect failures:' needs a count and how to explore"))
        #expect(report.contains("line 2: '# expect deadlock:' is 'cycle', 'no cycle' or 'none', got 'maybe'"))
        #expect(report.contains("line 3: '# expect schedules:' needs a whole number of schedules such as 6, got 'x'"))
        #expect(!report.contains("FAIL fixed.aw") && !report.contains("FAIL cycle.aw"))
    }
}
