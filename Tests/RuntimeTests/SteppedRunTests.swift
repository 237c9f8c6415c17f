import AsyncLang
import Foundation
import Runtime
import Testing

/// Stepping by hand (`:step` in the REPL): picks given as task ids, FIFO after them.
@Suite struct SteppedRunTests {
    private let lostUpdate = SourceFile(path: "race.aw", text: ScheduleTests.lostUpdate)

    /// Each step says what shared state it read and wrote, as a student names it.
    @Test func eachStepSaysWhatSharedStateItReadAndWrote() {
        let source = SourceFile(
            path: "shared.aw",
            text: """
                var counter = 0
                let totals = {sum: 0}
                let xs = [0, 0]
                let lock = Lock()
                async fn increment(i) {
                    let seen = counter
                    await sleep(0)
                    counter = seen + 1
                    xs[i] = 1
                    with lock { totals.sum += 1 }
                }
                await gather(increment(0), increment(1))
                print(counter)
                """)
        let run = SteppedRun.run(source, picks: [])
        #expect(run.steps.map(\.task.description) == ["main#1", "increment#2", "increment#3", "increment#2", "increment#3", "main#1"])
        // Builtins (gather, sleep, Lock, print) and functions are not shared state worth showing.
        #expect(run.steps[0].read == [])
        #expect(run.steps[0].wrote == ["counter", "totals", "xs", "lock"])
        #expect(run.steps[1].read == ["counter"] && run.steps[1].wrote == [])
        #expect(run.steps[2].read == ["counter"] && run.steps[2].wrote == [])
        // An object goes by the global that held it, a field by its key.
        #expect(run.steps[3].read == ["totals", "xs"])
        #expect(run.steps[3].wrote == ["counter", "totals.sum", "xs[0]", "lock"])
        #expect(run.steps[4].wrote == ["counter", "totals.sum", "xs[1]", "lock"])
        #expect(run.steps[5].read == ["counter"])
    }

    @Test func withNoPicksEveryStepIsFIFOs() {
        let run = SteppedRun.run(lostUpdate, picks: [])
        #expect(run.steps.map(\.task.description) == ["main#1", "increment#2", "increment#3", "increment#2", "increment#3", "main#1"])
        #expect(run.steps[1].ready.map(\.description) == ["increment#2", "increment#3"])
        #expect(run.steps[0].events.map(\.what).contains("waits on gather (increment#2, increment#3)"))
        #expect(run.steps[5].output == "1\n")
        #expect(run.errorLine == "error: Error: lost an update")
        #expect(run.schedule(upTo: 6) == Schedule([0, 0, 0]))
    }

    /// Picking increment#3 first, then letting each finish before the other reads, saves the update.
    @Test func picksChooseTheTaskAndTheScheduleReplaysTheSameRun() {
        let run = SteppedRun.run(lostUpdate, picks: [1, 3, 3, 2, 2])
        #expect(run.steps.prefix(5).map(\.task.description) == ["main#1", "increment#3", "increment#3", "increment#2", "increment#2"])
        #expect(run.steps.last?.output == "2\n")
        #expect(run.errorLine == nil)
        let schedule = run.schedule(upTo: run.steps.count)
        let replayed = ScheduleRun.run(lostUpdate, policy: .replay(schedule, then: .fifo))
        #expect(replayed.output == "2\n")
        #expect(replayed.schedule == schedule)
    }

    /// `:back` runs one pick fewer: every step before is the same as it was.
    @Test func oneStepFewerIsTheSameRunUpToThere() {
        let picks = [1, 3, 2, 3]
        let longer = SteppedRun.run(lostUpdate, picks: picks)
        let shorter = SteppedRun.run(lostUpdate, picks: Array(picks.dropLast()))
        for index in 0..<(picks.count - 1) {
            #expect(shorter.steps[index].task == longer.steps[index].task)
            #expect(shorter.steps[index].ready == longer.steps[index].ready)
            #expect(shorter.steps[index].output == longer.steps[index].output)
        }
    }

    @Test func aPickOfATaskThatIsNotReadyFallsBackToFIFO() {
        let run = SteppedRun.run(lostUpdate, picks: [1, 7])
        #expect(run.steps[1].task.description == "increment#2")
    }

    /// bench/step_1000.aw: a run of 1,000 steps, all recorded.
    @Test func aThousandStepsAreRecorded() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("bench/step_1000.aw")
        let file = SourceFile(path: "step_1000.aw", text: try String(contentsOf: path, encoding: .utf8))
        let first = SteppedRun.run(file, picks: [])
        let picks = first.steps.prefix(999).map(\.task.id)
        let started = ContinuousClock.now
        let again = SteppedRun.run(file, picks: picks)
        print("a :step after 999 steps took \(ContinuousClock.now - started)")
        #expect(again.steps.count == first.steps.count)
        #expect(again.steps.count >= 1_000)
        #expect(again.steps.last?.output == "998\n")
    }
}
