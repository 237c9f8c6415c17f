import Foundation
import AsyncLang
import Runtime
import Testing

/// The choice point: which ready task runs next, by policy; exploring schedules.
@Suite struct ScheduleTests {
    static let lostUpdate = """
        var counter = 0
        async fn increment() {
            let seen = counter
            await sleep(0)
            counter = seen + 1
        }
        await gather(increment(), increment())
        print(counter)
        if counter != 2 { throw Error("lost an update") }
        """

    static let lostUpdateFixed = """
        var counter = 0
        let lock = Lock()
        async fn increment() {
            with lock {
                let seen = counter
                await sleep(0)
                counter = seen + 1
            }
        }
        await gather(increment(), increment())
        print(counter)
        if counter != 2 { throw Error("lost an update") }
        """

    static let staggered = """
        var balance = 100
        async fn withdraw(amount) {
            if balance >= amount {
                await sleep(0)
                balance -= amount
            }
        }
        async fn late() {
            await sleep(0)
            await withdraw(70)
        }
        await gather(withdraw(70), late())
        if balance < 0 { throw Error("overdrawn") }
        """

    private func file(_ text: String) -> SourceFile { SourceFile(path: "race.aw", text: text) }

    @Test func fifoWithALogRunsExactlyAsWithoutOne() {
        let plain = run(Self.lostUpdate)
        let logged = ScheduleRun.run(file(Self.lostUpdate), policy: .fifo)
        #expect(logged.output == plain.output)
        #expect(logged.schedule == Schedule([0, 0, 0]))
        #expect(logged.choices.map { $0.ready.map(\.description) } == [
            ["increment#2", "increment#3"], ["increment#3", "increment#2"], ["increment#2", "increment#3"],
        ])
        #expect(logged.tasks == 3)
    }

    @Test func schedulesPrintAndParse() {
        #expect(Schedule([1, 0, 12]).description == "1.0.12")
        #expect(Schedule(parsing: "1.0.12") == Schedule([1, 0, 12]))
        #expect(Schedule(parsing: "fifo") == Schedule([]))
        #expect(Schedule([]).description == "fifo")
        #expect(Schedule(parsing: "1..2") == nil)
        #expect(Schedule(parsing: "-1") == nil)
        #expect(Schedule([0, 2, 0, 1]).deviations == 2)
    }

    @Test func aSeededShuffleIsTheSameEveryTimeAndSeedsDiffer() {
        var outputs: Set<String> = []
        for seed: UInt64 in 1...40 {
            let first = ScheduleRun.run(file(Self.lostUpdate), policy: .shuffle(seed: seed))
            let again = ScheduleRun.run(file(Self.lostUpdate), policy: .shuffle(seed: seed))
            #expect(first.outcome == again.outcome && first.schedule == again.schedule)
            outputs.insert(first.output)
        }
        #expect(outputs == ["1\n", "2\n"])
    }

    @Test func replayingARunsScheduleGivesTheSameRun() {
        for seed: UInt64 in 1...20 {
            let original = ScheduleRun.run(file(Self.lostUpdate), policy: .shuffle(seed: seed))
            let replayed = ScheduleRun.run(file(Self.lostUpdate), policy: .replay(original.schedule, then: .fifo))
            #expect(replayed.outcome == original.outcome)
            #expect(replayed.schedule == original.schedule)
            #expect(replayed.divergence == nil)
        }
    }

    @Test func aScheduleThatNoLongerFitsSaysWhereAndGoesOn() throws {
        let tooBig = ScheduleRun.run(file(Self.lostUpdate), policy: .replay(Schedule([0, 7]), then: .fifo))
        let divergence = try #require(tooBig.divergence)
        #expect(divergence.choice == 1 && divergence.wanted == 7)
        #expect(divergence.description.hasPrefix("choice 2 (step"))
        #expect(divergence.description.hasSuffix("asks for index 7, but only 2 tasks are ready there: increment#3, increment#2"))
        #expect(tooBig.schedule == Schedule([0, 0, 0]))
        let tooLong = ScheduleRun.run(file(Self.lostUpdate), policy: .replay(Schedule([0, 0, 0, 1]), then: .fifo))
        #expect(tooLong.divergence?.description == "the run ended after 3 choices, before the schedule did")
    }

    @Test func checkLettersPrintAndParseAndDoNotChangeWhatAScheduleChooses() {
        let schedule = Schedule([1, 0], checks: ["k", "c"])
        #expect(schedule.description == "1k.0c")
        #expect(Schedule(parsing: "1k.0c")?.checks == ["k", "c"])
        #expect(Schedule(parsing: "1k.0c") == Schedule([1, 0]))
        #expect(Schedule(parsing: "1k.0") == nil, "letters on some choices only")
        #expect(Schedule(parsing: "k") == nil)
        let recorded = ScheduleRun.run(file(Self.lostUpdate), policy: .shuffle(seed: 3)).schedule
        #expect(recorded.checks.count == recorded.choices.count)
        let replayed = ScheduleRun.run(file(Self.lostUpdate), policy: .replay(recorded, then: .fifo))
        #expect(replayed.divergence == nil)
        #expect(replayed.schedule.description == recorded.description)
    }

    /// After an edit, an index can still fit where other tasks are ready: the
    /// check letter tells, and the replay says where and goes on by its fallback.
    @Test func aReplayAfterAnEditNamesTheFirstChoiceWhereOtherTasksAreReady() throws {
        let recorded = ScheduleRun.run(file(Self.lostUpdate), policy: .fifo).schedule
        let edited = Self.lostUpdate.replacingOccurrences(
            of: "await gather(increment(), increment())",
            with: "async fn increment_too() {\n    await increment()\n}\nawait gather(increment(), increment_too())")
        let replayed = ScheduleRun.run(file(edited), policy: .replay(recorded, then: .shuffle(seed: 5)))
        let divergence = try #require(replayed.divergence)
        #expect(divergence.otherTasks)
        #expect(divergence.choice == 0)
        #expect(divergence.description.hasPrefix("choice 1 (step 2) was recorded with other tasks ready (its check letter differs); now ready: increment#2, increment_too#3"))
        // Unchecked, the same indices replay without a word.
        #expect(ScheduleRun.run(file(edited), policy: .replay(recorded.unchecked, then: .fifo)).divergence == nil)
    }

    /// Three tasks queue on a lock main holds. Which waiter gets it first is a
    /// choice too: FIFO by default, varied by a shuffled run, kept by its replay.
    @Test func theWakeOrderOfWaitersIsAChoiceThatShufflingVariesAndReplayKeeps() {
        let source = """
            let lock = Lock()
            let order = []
            async fn customer(name, delay) {
                await sleep(delay)
                with lock { order.append(name) }
            }
            await lock.acquire()
            let tasks = [spawn customer("a", 0.01), spawn customer("b", 0.02), spawn customer("c", 0.03)]
            await sleep(0.1)
            lock.release()
            for t in tasks { await t }
            print(order)
            """
        #expect(ScheduleRun.run(file(source), policy: .fifo).output == "[\"a\", \"b\", \"c\"]\n")
        let runs = (1...12).map { ScheduleRun.run(file(source), policy: .shuffle(seed: UInt64($0))) }
        // They queue at different instants, always a, b, c: only the wake order can change the result.
        #expect(Set(runs.map(\.output)).count > 1)
        let wakes = runs.flatMap(\.choices).filter(\.isWakeOrder)
        #expect(!wakes.isEmpty)
        for run in runs {
            let replayed = ScheduleRun.run(file(source), policy: .replay(run.schedule, then: .fifo))
            #expect(replayed.output == run.output)
            #expect(replayed.divergence == nil)
        }
        // Exhaustive searches keep FIFO's wake order: only task choices branch.
        #expect(Explorer.exhaustive(file(source)).schedules == Explorer.everySchedule(file(source)).runs)
    }

    @Test func theLostUpdateHasSixSchedulesFourOfWhichLoseAnUpdate() {
        let exploration = Explorer.exhaustive(file(Self.lostUpdate))
        #expect(exploration.isComplete)
        #expect(exploration.schedules == 6)
        #expect(exploration.failures == 4)
        #expect(Set(exploration.outcomes.map { "\($0.count) \($0.outcome)" }) == ["4 1\nerror: Error: lost an update\n", "2 2\n"])
        // FIFO itself loses the update: the simplest failure needs no reordering.
        #expect(exploration.firstFailure?.schedule.deviations == 0)
    }

    /// A race after more than 64 steps: happens-before sets past one word still order the steps.
    @Test func aRaceLateInALongRunIsFoundAsEarlyOnesAre() {
        let source = "for _ in range(70) { await sleep(0) }\n" + Self.lostUpdate
        let exploration = Explorer.exhaustive(file(source))
        #expect(exploration.mostSteps > 70)
        #expect(exploration.isComplete)
        #expect(exploration.schedules == 6)
        #expect(exploration.failures == 4)
    }

    /// A step that reads many elements at once (its reads are deduplicated in
    /// batches as it goes) still conflicts with a write to the last of them.
    @Test func aStepThatReadsManyThingsStillRacesWithAWriteToAnyOfThem() {
        let source = """
            let xs = list(range(40))
            var total = 0
            async fn reader() {
                for i in range(40) { total += xs[i] + xs[i] }
                await sleep(0)
            }
            async fn writer() { xs[39] = 1000 }
            await gather(reader(), writer())
            print(total)
            """
        let reduced = Explorer.exhaustive(file(source))
        let every = Explorer.everySchedule(file(source))
        #expect(reduced.schedules == every.runs)
        #expect(Set(reduced.outcomes.map { "\($0.count) \($0.outcome)" }) == Set(every.outcomes.map { "\($0.count) \($0.outcome)" }))
        #expect(reduced.outcomes.count == 2, "the write lands before or after the reads")
    }

    @Test func withALockNoScheduleFails() {
        let exploration = Explorer.exhaustive(file(Self.lostUpdateFixed))
        #expect(exploration.isComplete)
        #expect(exploration.runs > 1)
        #expect(exploration.failures == 0)
        #expect(exploration.outcomes.map(\.outcome) == ["2\n"])
    }

    /// `tasks` tasks that each await `awaits` times and share nothing: their
    /// schedules are the interleavings of their steps, (n·s)! / (s!)^n with
    /// s = awaits + 1 steps each, which the search must count exactly.
    @Test(arguments: [(2, 1), (2, 2), (3, 1), (2, 3), (3, 2)])
    func theSearchCountsEveryInterleavingOfIndependentTasks(tasks: Int, awaits: Int) {
        let body = String(repeating: "    await sleep(0)\n", count: awaits)
        let calls = (0..<tasks).map { _ in "worker()" }.joined(separator: ", ")
        let source = "async fn worker() {\n\(body)}\nawait gather(\(calls))\nprint(\"done\")"
        let exploration = Explorer.exhaustive(file(source))
        let steps = awaits + 1
        #expect(exploration.schedules == Self.factorial(tasks * steps) / Self.power(Self.factorial(steps), tasks))
        #expect(Explorer.everySchedule(file(source)).runs == exploration.schedules)
        #expect(exploration.outcomes.map(\.outcome) == ["done\n"])
    }

    @Test func theSearchGoesByDeviationsSoTheFirstFailureIsTheSimplest() throws {
        #expect(ScheduleRun.run(file(Self.staggered), policy: .fifo).failed == false)
        let exploration = Explorer.exhaustive(file(Self.staggered))
        let failure = try #require(exploration.firstFailure)
        #expect(failure.schedule.deviations == 1)
        let again = ScheduleRun.run(file(Self.staggered), policy: .replay(failure.schedule, then: .fifo))
        #expect(again.failed && again.outcome == failure.outcome)
    }

    /// PCT's guarantee, measured: on a depth-2 bug (bob's check must run between
    /// alice's check and her update) the share of runs that hit it is at least
    /// 1/(n·k), less three standard deviations of a binomial count.
    @Test func pctHitsADepthTwoBugAtLeastAsOftenAsItsBoundSays() throws {
        let runs = 600
        let exploration = Explorer.pct(file(Self.staggered), depth: 2, runs: runs, seed: 1)
        let bound = Exploration.pctBound(tasks: exploration.mostTasks, steps: exploration.mostSteps, depth: 2, runs: runs)
        let expected = bound.perRun * Double(runs)
        let spread = 3 * (Double(runs) * bound.perRun * (1 - bound.perRun)).squareRoot()
        #expect(exploration.mostTasks == 3)
        #expect(Double(exploration.failures) >= expected - spread, "\(exploration.failures) hits in \(runs) runs; the bound is \(expected)")
        // With no change point (depth 1) the late customer, once ahead, runs to its end: the bug needs depth 2.
        #expect(Explorer.pct(file(Self.staggered), depth: 1, runs: 200, seed: 1).failures < exploration.failures)
    }

    /// samples/race_rare.aw: the producer must get about 20 turns more than the
    /// consumer. Random orders seldom do that; PCT lets a task of high priority
    /// run on, so it needs at least ten times fewer runs to find the overflow.
    /// A spinning task (`while … { await sleep(0) }`) must not starve the others.
    @Test func pctNeedsTenTimesFewerRunsThanRandomOrdersForABugOfRunningAhead() throws {
        let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("samples/race_rare.aw")
        let source = SourceFile(path: "race_rare.aw", text: try String(contentsOf: samples, encoding: .utf8))
        #expect(!ScheduleRun.run(source, policy: .fifo).failed)
        let random = Explorer.random(source, runs: 400, seed: 1)
        let pct = Explorer.pct(source, depth: 1, runs: 40, seed: 1)
        #expect(random.failures > 0)
        let randomRate = Double(random.failures) / Double(random.runs)
        let pctRate = Double(pct.failures) / Double(pct.runs)
        #expect(pctRate >= 10 * randomRate, "PCT \(pct.failures)/\(pct.runs), random \(random.failures)/\(random.runs)")
    }

    @Test func theSearchStopsAtItsLimit() {
        let exploration = Explorer.exhaustive(file(Self.lostUpdate), limit: 2)
        #expect(exploration.runs == 2)
        #expect(!exploration.isComplete)
    }

    /// Every run after an exploration's first starts from the code, names and
    /// modules the first compiled: what one run changes must not reach the next.
    @Test func runsThatShareCompiledCodeStartFromTheSameState() {
        let source = """
            var s = "ab"
            var t = str(7)
            var m = {k: "v"}
            async fn grow() {
                s += "c"
                t += "!"
                m.k += "w"
                await sleep(0)
            }
            await gather(grow(), grow())
            print(s, t, m.k, json.dump([1]), "ab")
            """
        for exploration in [Explorer.random(file(source), runs: 20), Explorer.exhaustive(file(source))] {
            #expect(exploration.outcomes.map(\.outcome) == ["abcc 7!! vww [1] ab\n"])
            #expect(exploration.failures == 0)
        }
        #expect(Explorer.random(file(source), runs: 20).outcomes.first?.runs == 20)
    }

    @Test func pctsBoundIsTheOneOfThePaper() {
        let bound = Exploration.pctBound(tasks: 3, steps: 10, depth: 2, runs: 500)
        #expect(abs(bound.perRun - 1.0 / 30) < 1e-12)
        #expect(abs(bound.overall - (1 - pow(1 - 1.0 / 30, 500))) < 1e-12)
        #expect(Exploration.pctBound(tasks: 4, steps: 5, depth: 1, runs: 1).perRun == 0.25)
    }

    static func factorial(_ n: Int) -> Int { n <= 1 ? 1 : n * factorial(n - 1) }
    static func power(_ base: Int, _ exponent: Int) -> Int { exponent == 0 ? 1 : base * power(base, exponent - 1) }
}

private func pow(_ base: Double, _ exponent: Int) -> Double {
    (0..<exponent).reduce(1.0) { value, _ in value * base }
}
