import AsyncLang
import Runtime
import Synchronization
import Testing

/// Host code (a server's handler, say) calling script functions from Swift tasks.
@Suite struct HostCallTests {
    @Test func aSyncAndAnAsyncFunctionAreCalledWithArgumentsAndLabels() async throws {
        let interpreter = Interpreter(configuration: virtualClock())
        try await interpreter.evaluate(
            """
            fn area(width, height = 2) => width * height
            async fn slow_sum(a, b) {
                await sleep(2)
                return a + b
            }
            fn deferred(x) => slow_sum(x, x)
            """)
        #expect(try await interpreter.call("area", [.int(3)]).description == "6")
        #expect(try await interpreter.call("area", [.int(3)], labels: ["height": .int(5)]).description == "15")
        #expect(try await interpreter.call("slow_sum", [.int(1), .int(2)]).description == "3")
        // A sync function that returns a coroutine: the new task awaits it.
        #expect(try await interpreter.call("deferred", [.int(4)]).description == "8")
        #expect(await interpreter.now() == 4.0)
        let function = try await interpreter.evaluate("fn (x) => x + 1")
        #expect(try await interpreter.call(function, [.int(41)]).description == "42")
    }

    @Test func aFailingFunctionThrowsItsErrorWithATraceOfScriptFrames() async throws {
        let interpreter = Interpreter(configuration: virtualClock())
        try await interpreter.evaluate("fn handler(request) {\n    throw ValueError(\"bad request \\(request)\")\n}")
        do {
            _ = try await interpreter.call("handler", [.string("x")])
            Issue.record("the call should throw")
        } catch let error as ScriptError {
            #expect(error.error.summary == "ValueError: bad request x")
            #expect(error.error.trace == ["<string>:2:5 in handler"])
        }
        await #expect(throws: ScriptError.self) { try await interpreter.call("handler", [.int(1), .int(2)]) }
        await #expect(throws: ScriptError.self) { try await interpreter.call("no_such_function") }
        await #expect(throws: ScriptError.self) { try await interpreter.call("handler", labels: ["nope": .nil]) }
    }

    @Test func manyCallsAtOnceInVirtualTimeEachGetTheirOwnResult() async throws {
        let interpreter = Interpreter(configuration: virtualClock())
        try await interpreter.evaluate("async fn echo(n) {\n    await sleep(n)\n    return n * 10\n}")
        let results = try await withThrowingTaskGroup(of: (Int, String).self) { group in
            for n in 1...20 { group.addTask { (n, try await interpreter.call("echo", [.int(n)]).description) } }
            var results: [Int: String] = [:]
            for try await (n, result) in group { results[n] = result }
            return results
        }
        #expect(results.count == 20)
        #expect((1...20).allSatisfy { results[$0] == String($0 * 10) })
    }

    /// A script is running (waiting for a delivery); a Swift task calls into it and wakes it.
    @Test func aCallRunsInTheLoopOfARunningScript() async throws {
        let (lines, continuation) = AsyncStream.makeStream(of: String.self)
        var configuration = Configuration()
        configuration.output = OutputSink { continuation.yield($0) }
        let interpreter = Interpreter(configuration: configuration)
        let script = Task {
            await interpreter.run(
                SourceFile(
                    path: "server.aw",
                    text: """
                        let delivered = Event()
                        var got = nil
                        fn deliver(x) {
                            got = x
                            delivered.set()
                            return "thanks"
                        }
                        print("waiting")
                        with timeout(60) { await delivered.wait() }
                        print("got \\(got)")
                        """))
        }
        var iterator = lines.makeAsyncIterator()
        #expect(await iterator.next() == "waiting\n")
        #expect(try await interpreter.call("deliver", [.int(5)]).description == "thanks")
        #expect(await iterator.next() == "got 5\n")
        #expect(await script.value == 0)
    }

    @Test func aCallDuringARealTimeSessionRunsBesideItsBackgroundTasks() async throws {
        let interpreter = Interpreter()
        await interpreter.startSession()
        _ = await interpreter.runEntry(
            "var ticks = 0\nspawn { while true { await sleep(0.01); ticks += 1 } }\nasync fn later(x) {\n    await sleep(0.05)\n    return x\n}",
            name: "<repl:1>")
        #expect(try await interpreter.call("later", [.string("done")]).description == "done")
        guard case .value(let ticks?) = await interpreter.runEntry("ticks", name: "<repl:2>") else {
            Issue.record("ticks should have a value")
            return
        }
        #expect(Int(ticks)! > 0, "the background task kept running while the call waited")
        await interpreter.endSession()
    }

    @Test func aCallThatCanNeverFinishIsADeadlock() async throws {
        let interpreter = Interpreter(configuration: virtualClock())
        try await interpreter.evaluate("let never = Event()\nasync fn stuck() { await never.wait() }")
        do {
            _ = try await interpreter.call("stuck")
            Issue.record("the call should report a deadlock")
        } catch let error as ScriptError {
            #expect(error.error.errorKind == "DeadlockError")
        }
    }

    @Test func cancellingTheHostsTaskCancelsTheScriptTask() async throws {
        let interpreter = Interpreter()
        try await interpreter.evaluate(
            """
            var cleaned = false
            let started = Event()
            async fn forever() {
                started.set()
                try { await sleep(1000) } finally { cleaned = true }
            }
            """)
        let call = Task { try await interpreter.call("forever") }
        try await interpreter.evaluate("with timeout(60) { await started.wait() }")
        call.cancel()
        do {
            _ = try await call.value
            Issue.record("the cancelled call should throw")
        } catch let error as ScriptError {
            #expect(error.error.errorKind == "CancelledError")
        }
        #expect(try await interpreter.evaluate("cleaned").description == "true")
    }

    private func virtualClock() -> Configuration {
        var configuration = Configuration()
        configuration.clock = .virtual
        return configuration
    }
}
