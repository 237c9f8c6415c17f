import AsyncLang
import Dispatch
import Foundation
import Runtime
import Synchronization
import Testing

@Suite struct EmbeddingTests {
    @Test func aHostRegistersNativeFunctionsThroughTheBuiltinTable() async throws {
        let printed = Mutex("")
        var configuration = Configuration()
        configuration.output = OutputSink { text in printed.withLock { $0 += text } }
        let interpreter = Interpreter(configuration: configuration)
        await interpreter.register([
            NativeFunction("twice", arity: 1) { args in .int(try args.int(0, "a count") * 2) }
        ])
        let value = try await interpreter.evaluate("print(twice(21))\ntwice(4)")
        #expect(printed.withLock { $0 } == "42\n")
        guard case .int(8) = value else {
            Issue.record("expected 8, got \(value)")
            return
        }
        await #expect(throws: ScriptError.self) { try await interpreter.evaluate("twice(\"x\")") }
    }

    /// Each interpreter has a thread with a large stack; one that is gone must
    /// give its stack back, or a process that makes tens of thousands of them
    /// (`explore`) runs out of memory mappings and hangs.
    @Test func interpretersThatAreGoneLeaveNoThreadStacksBehind() throws {
        func mappings() throws -> Int {
            try String(contentsOfFile: "/proc/self/maps", encoding: .utf8).split(separator: "\n").count
        }
        var configuration = Configuration()
        configuration.clock = .virtual
        configuration.output = OutputSink { _ in }
        for _ in 0..<20 { _ = Interpreter(configuration: configuration).runScript(SourceFile(path: "x.aw", text: "print(1)")) }
        let before = try mappings()
        for _ in 0..<300 { _ = Interpreter(configuration: configuration).runScript(SourceFile(path: "x.aw", text: "print(1)")) }
        Thread.sleep(forTimeInterval: 0.2)  // the last threads finish exiting
        let after = try mappings()
        #expect(after < before + 100, "300 interpreters left \(after - before) mappings")
    }

    @Test func twoInterpretersShareNothing() async throws {
        let first = Interpreter()
        let second = Interpreter()
        try await first.evaluate("let shared = 1")
        await #expect(throws: ScriptError.self) { try await second.evaluate("shared") }
    }

    @Test func definitionsPersistAcrossEvaluations() async throws {
        let interpreter = Interpreter()
        try await interpreter.evaluate("var count = 1\nfn bump() { count += 1 }")
        try await interpreter.evaluate("bump(); bump()")
        guard case .int(3) = try await interpreter.evaluate("count") else {
            Issue.record("count should be 3")
            return
        }
        await #expect(throws: CompileErrors.self) { try await interpreter.evaluate("let fixed = 1\nfixed = 2") }
    }

    @Test func anAsyncHostFunctionIsAwaitedAndCancelledByATimeout() async throws {
        let observedCancellation = Mutex(false)
        let interpreter = Interpreter()
        await interpreter.register([
            NativeFunction("fetch_slowly", arity: 1...1) { args in
                let seconds = try args.number(0)
                do {
                    try await Task.sleep(for: .seconds(seconds))
                } catch {
                    observedCancellation.withLock { $0 = true }
                    throw error
                }
                return .int(Int(seconds * 1000))
            }
        ])
        guard case .int(50) = try await interpreter.evaluate("await fetch_slowly(0.05)") else {
            Issue.record("the host function's result should come back")
            return
        }
        // Timed by the script itself: how soon the test's own task resumes after is up to the test runner.
        try await interpreter.evaluate(
            """
            var outcome = "finished"
            let started = now()
            try {
                with timeout(0.1) { await fetch_slowly(30) }
            } catch TimeoutError as e {
                outcome = e.message
            }
            let took = now() - started
            """)
        guard case .object(let message) = try await interpreter.evaluate("outcome") else {
            Issue.record("expected a string")
            return
        }
        #expect(Value.object(message).description == "timed out after 0.1 s")
        guard case .float(let took) = try await interpreter.evaluate("took") else {
            Issue.record("expected a number of seconds")
            return
        }
        // The call would take 30 s; the limit is generous for busy cores and only shows the timeout fired.
        #expect(took >= 0.1 && took < 25, "the timeout cancelled the 30 s call after \(took) s")
        // The cancelled Swift task observes its cancellation soon after; 60 s only catches a hang.
        for _ in 0..<6000 where !observedCancellation.withLock({ $0 }) { try await Task.sleep(for: .milliseconds(10)) }
        #expect(observedCancellation.withLock { $0 })
    }
}

/// Virtual time and real work: while only real work is in flight the virtual
/// clock follows real time, so timeouts around it fire; otherwise it jumps.
@Suite struct VirtualTimeAndRealWorkTests {
    private func interpreter() async -> Interpreter {
        var configuration = Configuration()
        configuration.clock = .virtual
        let interpreter = Interpreter(configuration: configuration)
        await interpreter.register([
            NativeFunction("fetch_slowly", arity: 1...1) { (args: AsyncArguments) in
                try await Task.sleep(for: .seconds(try args.number(0)))
                return .string("done")
            }
        ])
        return interpreter
    }

    @Test func aTimeoutAroundRealWorkFiresAfterItsRealDuration() async throws {
        let interpreter = await interpreter()
        try await interpreter.evaluate(
            """
            var outcome = "finished"
            try {
                with timeout(0.1) { await fetch_slowly(30) }
            } catch TimeoutError as e {
                outcome = e.message
            }
            let at = now()
            """)
        #expect(try await interpreter.evaluate("outcome").description == "timed out after 0.1 s")
        #expect(try await interpreter.evaluate("at").description == "0.1")
    }

    @Test func waitForAroundRealWorkGivesUpAfterItsRealDuration() async throws {
        let interpreter = await interpreter()
        try await interpreter.evaluate(
            """
            var outcome = "finished"
            try { await wait_for(fetch_slowly(30), 0.2) } catch TimeoutError as e { outcome = e.message }
            let at = now()
            """)
        #expect(try await interpreter.evaluate("outcome").description == "timed out after 0.2 s")
        guard case .float(let at) = try await interpreter.evaluate("at") else {
            Issue.record("now() should be a float")
            return
        }
        #expect(at >= 0.2 && at < 25, "the clock followed real time to the deadline, then stopped: \(at)")
    }

    @Test func theClockJumpsAgainOnceNoRealWorkIsInFlight() async throws {
        let interpreter = await interpreter()
        try await interpreter.evaluate("let fetched = await fetch_slowly(0.05)\nawait sleep(100)\nlet at = now()")
        #expect(try await interpreter.evaluate("fetched").description == "done")
        guard case .float(let at) = try await interpreter.evaluate("at") else {
            Issue.record("now() should be a float")
            return
        }
        // 100 s of sleep took no real time: the clock jumped. The real work moved it
        // by at most its own duration (only while nothing else could run).
        #expect(at >= 100 && at < 125, "\(at)")
    }
}

@Suite struct LimitTests {
    @Test func aHostCanLimitSteps() {
        let result = run("var i = 0\nwhile true { i += 1 }") { $0.limits.maxSteps = 5_000 }
        #expect(result.errorHeading == "error: LimitError: the script took more than 5000 steps (loop iterations and calls)")
    }

    @Test func stepsCountCallsToo() {
        let result = run("fn fib(n) { if n < 2 { return n }; return fib(n - 1) + fib(n - 2) }\nprint(fib(25))") {
            $0.limits.maxSteps = 1_000
        }
        #expect(result.errorHeading.hasPrefix("error: LimitError"))
    }

    /// The depth a native stack allows depends on the build (a sanitizer's frames
    /// are larger): on a small stack, callbacks nested far below
    /// `maxNestedCallbacks` still end in RecursionError, never in a crash.
    @Test func nestedCallbacksStopBeforeTheNativeStackRunsOut() {
        let source = """
            fn f(n) {
                if n == 0 { return 0 }
                return [n - 1].map(f)[0] + 1
            }
            try { f(20000) } catch RecursionError as e { print(e.message.contains("native stack is nearly full")) }
            print("after")
            """
        let result = run(source) { $0.limits.nativeStackSize = 4 << 20 }
        #expect(result.output == "true\nafter\n", "\(result.errors)")
    }

    @Test func aScriptWithinTheLimitRuns() {
        #expect(run("var i = 0\nwhile i < 100 { i += 1 }\nprint(i)") { $0.limits.maxSteps = 1_000 }.output == "100\n")
    }
}

@Suite struct InterruptTests {
    /// The interpreter, and a function that interrupts it from another thread
    /// once the script has printed `marker` (printed right where it then spins or waits).
    private func interpreter(interruptingAt marker: String, errors: TextCollector) -> Interpreter {
        var configuration = Configuration()
        configuration.errorOutput = OutputSink { text in errors.append(text) }
        configuration.slowTask = nil  // the loops spin until interrupted: the report is what is checked
        let interrupter = Mutex<Interpreter?>(nil)
        configuration.output = OutputSink { text in
            guard text == marker, let interpreter = interrupter.withLock({ $0 }) else { return }
            DispatchQueue.global().async { interpreter.interrupt() }
        }
        let interpreter = Interpreter(configuration: configuration)
        interrupter.withLock { $0 = interpreter }
        return interpreter
    }

    @Test func interruptStopsACPUBoundLoopFromAnotherThread() {
        let errors = TextCollector()
        let interpreter = interpreter(interruptingAt: "spinning\n", errors: errors)
        let status = interpreter.runScript(
            SourceFile(path: "spin.aw", text: "try {\n print(\"spinning\"); while true {}\n} finally { print(\"cleaned up\") }"))
        #expect(status == Interpreter.interruptedStatus)
        #expect(errors.text.hasPrefix("error: CancelledError: interrupted\n  --> spin.aw:2:27\n"))
    }

    @Test func interruptCancelsAnAwaitingScript() {
        let errors = TextCollector()
        let interpreter = interpreter(interruptingAt: "waiting\n", errors: errors)
        let status = interpreter.runScript(SourceFile(path: "wait.aw", text: "print(\"waiting\")\nawait sleep(100)"))
        #expect(status == Interpreter.interruptedStatus)
        #expect(errors.text.hasPrefix("error: CancelledError: interrupted"))
    }
}
