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
        #expect(report.hasPrefix("explored every schedule of samples/race_counter.aw: 6 schedules\n2 distinct outcomes:\n"))
        #expect(report.contains("  4 ✗ failed "))
        #expect(report.contains("  2 ✓ passed "))
        #expect(report.contains("4 of 6 runs failed.\nIt fails in plain FIFO order, with no reordering at all:\n"))
        #expect(report.contains("increment#2"), "the failure is drawn as a timeline")
        let commands = reproducingCommands(in: report)
        #expect(commands.count == 2)
        for command in commands {
            let replayed = try asyncrepl(command)
            let counter = replayed.stdoutText
            #expect(report.contains("      | \(counter.dropLast())\n"), "\(command) printed \(counter)")
        }
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
        #expect(replayed.stderrText.contains("the run went on in FIFO order (the schedule it ran: 0.0.0)"))
    }
}
