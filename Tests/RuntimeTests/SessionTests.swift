import AsyncLang
import Synchronization
import Testing

@testable import Runtime

/// The session API the REPL stands on, through the public `Interpreter`.
@Suite struct SessionTests {
    private func session() async -> Interpreter {
        var configuration = Configuration()
        configuration.clock = .virtual
        let interpreter = Interpreter(configuration: configuration)
        await interpreter.startSession()
        return interpreter
    }

    @Test func definitionsPersistAndTheLastValueIsUnderscore() async {
        let interpreter = await session()
        guard case .value(nil) = await interpreter.runEntry("let x = 20", name: "<repl:1>") else {
            Issue.record("a declaration has no value to show")
            return
        }
        guard case .value("42") = await interpreter.runEntry("x * 2 + 2", name: "<repl:2>") else {
            Issue.record("an expression entry shows its value")
            return
        }
        guard case .value("\"42!\"") = await interpreter.runEntry("\"\\(_)!\"", name: "<repl:3>") else {
            Issue.record("_ holds the last value; strings show quoted")
            return
        }
        guard case .failed(let diagnostic) = await interpreter.runEntry("missing", name: "<repl:4>") else {
            Issue.record("a NameError fails the entry")
            return
        }
        #expect(diagnostic.file?.path == "<repl:4>")
        await interpreter.endSession()
    }

    @Test func everyCompletionAfterADotIsAMemberThatResolves() async throws {
        let interpreter = await session()
        let setup = """
            let m = {"alpha": 1, "beta": {"gamma": 2}}
            let t = spawn sleep(1)
            let e = ValueError("boom")
            let r = range(3)
            let s = Semaphore(2)
            let q = Queue(1)
            let l = [1, 2]
            let text = "hi"
            """
        _ = await interpreter.runEntry(setup, name: "<setup>")
        for path in [["m"], ["m", "beta"], ["t"], ["e"], ["r"], ["s"], ["q"], ["l"], ["text"]] {
            let names = await interpreter.completions(after: path)
            #expect(!names.isEmpty, "no members offered for \(path)")
            for name in names {
                let outcome = await interpreter.runEntry((path + [name]).joined(separator: "."), name: "<check>")
                if case .failed(let diagnostic) = outcome {
                    Issue.record("completion offers \((path + [name]).joined(separator: ".")): \(diagnostic.message)")
                }
            }
        }
        #expect(await interpreter.completions(after: ["m"]).contains("alpha"))
        #expect(await interpreter.completions(after: ["m", "beta"]).contains("gamma"))
        #expect(await interpreter.completions(after: ["t"]).contains("cancel"))
        #expect(await interpreter.completions(after: ["nothing"]).isEmpty)
        await interpreter.endSession()
    }

    @Test func advanceRunsWhatFallsDueInOrderAndStopsAtTheTarget() async {
        let printed = Mutex("")
        var configuration = Configuration()
        configuration.clock = .virtual
        configuration.output = OutputSink { text in printed.withLock { $0 += text } }
        let interpreter = Interpreter(configuration: configuration)
        await interpreter.startSession()
        _ = await interpreter.runEntry(
            "spawn { for i in range(5) { await sleep(1); print(i, now()) } }", name: "<repl:1>")
        #expect(printed.withLock { $0 }.isEmpty, "virtual time stands still between entries")
        await interpreter.advance(seconds: 2.5)
        let lines = printed.withLock { $0 }.split(separator: "\n").map(String.init)
        #expect(lines == ["0 1.0", "1 2.0"])
        #expect(await interpreter.now() == 2.5)
        #expect(await interpreter.tasks().map(\.state) == ["waiting"])
        await interpreter.endSession()
        #expect(await interpreter.tasks().isEmpty)
    }

    @Test func inRealTimeTheTasksAnEntryLeftReadyRunBeforeItsOutcome() async {
        let printed = Mutex("")
        var configuration = Configuration()
        configuration.output = OutputSink { text in printed.withLock { $0 += text } }
        let interpreter = Interpreter(configuration: configuration)
        await interpreter.startSession()
        // Many tasks, so that a loop that ran them after the outcome would still be at it.
        let outcome = await interpreter.runEntry(
            """
            for i in range(3000) { spawn { print(i) } }
            let t = spawn {
                print("started")
                try { await sleep(100) } finally { print("cleaned up") }
            }
            42
            """, name: "<repl:1>")
        guard case .value("42") = outcome else {
            Issue.record("the entry's value is 42, got \(outcome)")
            return
        }
        let lines = printed.withLock { $0 }.split(separator: "\n")
        #expect(lines.count == 3001 && lines.last == "started", "every task took its first step before the value was shown")
        // A session that ends at once (piped input) has started it, so its finally runs.
        await interpreter.endSession()
        #expect(printed.withLock { $0 }.hasSuffix("2999\nstarted\ncleaned up\n"))
    }

    /// In real time a driver keeps the loop going between entries, and each entry
    /// wakes it. A wake that arrives while the driver is on its way to waiting
    /// (any `await` can let the entry onto the actor first) must not be lost, or
    /// the entry never runs. The window is widest for a session's first entry.
    @Test func theFirstEntryOfEverySessionRuns() async {
        let sessions = 300
        let finished = await withDeadline(seconds: 120) {  // only catches a lost wake-up (a hang)
            for number in 1...sessions {
                let interpreter = Interpreter(configuration: Configuration())
                await interpreter.startSession()
                guard case .value("\(number)") = await interpreter.runEntry("\(number)", name: "<repl:1>") else {
                    Issue.record("session \(number): the entry did not show its value")
                    return
                }
                await interpreter.endSession()
            }
        }
        #expect(finished, "an entry never ran: the loop missed its wake-up")
    }

    /// Runs `work` and reports whether it finished within `seconds` (a stuck
    /// interpreter fails the test instead of hanging the suite).
    private func withDeadline(seconds: Double, _ work: @escaping @Sendable () async -> Void) async -> Bool {
        let done = Atomic(false)
        let worker = Task { await work(); done.store(true, ordering: .releasing) }
        let start = ContinuousClock.now
        while !done.load(ordering: .acquiring) {
            if ContinuousClock.now - start > .seconds(seconds) { return false }
            try? await Task.sleep(for: .milliseconds(5))
        }
        _ = worker
        return true
    }
}

/// A host may call one interpreter from several Swift tasks at once: one loop
/// runs every caller's task, and each caller gets its own result when its task ends.
@Suite struct ConcurrentCallsTests {
    @Test func twoEvaluationsAtOnceRunInOneLoop() async throws {
        var configuration = Configuration()
        configuration.clock = .virtual
        let interpreter = Interpreter(configuration: configuration)
        // Each call waits (yielding, so the clock stays at 0) until both have
        // arrived: a loaded machine may start the second call late.
        _ = try await interpreter.evaluate("var arrived = 0")
        let meet = "arrived += 1\nwhile arrived < 2 { await sleep(0) }\n"
        async let long = interpreter.evaluate(meet + "await sleep(10)\nnow()")
        async let short = interpreter.evaluate(meet + "await sleep(5)\nnow()")
        // One after the other, the second would have ended at 15 (or the first at 15).
        #expect(try await [long, short].map(\.description) == ["10.0", "5.0"])
    }

    @Test(arguments: [Configuration.Clock.virtual, .real])
    func anEvaluationGetsInWhileAnotherKeepsTheLoopBusy(clock: Configuration.Clock) async throws {
        var configuration = Configuration()
        configuration.clock = clock
        let interpreter = Interpreter(configuration: configuration)
        let (spinning, announce) = AsyncStream<Void>.makeStream()
        await interpreter.register([
            NativeFunction("spinning", arity: 0) { _ in
                announce.yield()
                return .nil
            }
        ])
        _ = try await interpreter.evaluate("var released = false")
        // The loop is never idle while this runs: it only ever awaits sleep(0).
        async let busy = interpreter.evaluate("spinning()\nwhile not released { await sleep(0) }\n\"released\"")
        for await _ in spinning { break }
        _ = try await interpreter.evaluate("released = true")
        #expect(try await busy.description == "released")
    }

    @Test func aDeadlockInOneCallDoesNotHoldUpTheOther() async throws {
        let interpreter = Interpreter(configuration: Configuration())
        let stuck = Task { try await interpreter.evaluate("await Event().wait()") }
        async let fine = interpreter.evaluate("await sleep(0.05)\n42")
        #expect(try await fine.description == "42")
        await #expect(throws: ScriptError.self) { _ = try await stuck.value }
    }

    @Test func anEvaluationDuringARealTimeSessionRunsOnTheSessionsLoop() async throws {
        let interpreter = Interpreter(configuration: Configuration())
        await interpreter.startSession()
        _ = await interpreter.runEntry("var ticks = 0\nspawn { while true { await sleep(0.01); ticks += 1 } }", name: "<repl:1>")
        #expect(try await interpreter.evaluate("await sleep(0.05)\n\"done\"").description == "done")
        guard case .value("true") = await interpreter.runEntry("ticks > 0", name: "<repl:2>") else {
            Issue.record("the background task should have ticked while the evaluation ran")
            return
        }
        await interpreter.endSession()
    }
}
