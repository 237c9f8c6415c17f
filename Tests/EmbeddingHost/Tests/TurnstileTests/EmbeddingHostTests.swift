import AsyncLang
import Runtime
import Synchronization
import Testing
import Turnstile

/// Everything here uses the runtime's public API only, as an embedding host must.
@Suite struct EmbeddingHostTests {
    @Test func aHostTypeWithAMethodAndAWithContextRunsInAScript() async throws {
        let printed = Mutex("")
        var configuration = Configuration()
        configuration.clock = .virtual
        configuration.modules = [.core, .tasks, gateModule]
        configuration.output = OutputSink { text in printed.withLock { $0 += text } }
        let interpreter = Interpreter(configuration: configuration)
        try await interpreter.evaluate(
            """
            let gate = Turnstile()
            with gate as g {
                print(g.inside, g.pass(2), g.pass(1, twice: true))
            }
            print(gate, type(gate), gate.inside)
            """)
        #expect(printed.withLock { $0 } == "1 2 4\n<Turnstile 4 passed> Turnstile 0\n")
        do {
            try await interpreter.evaluate("Lock()")
            Issue.record("the sync module is not enabled")
        } catch let error as ScriptError {
            #expect(error.error.message.contains("module 'sync', which this interpreter does not enable"))
        }
    }

    @Test func aSwiftTaskCallsAScriptFunctionAndSeesItsTaskEvents() async throws {
        let lines = Mutex<[String]>([])
        var configuration = Configuration()
        configuration.clock = .virtual
        configuration.modules = Module.standard + [gateModule]
        configuration.taskEvents = { event in lines.withLock { $0.append(event.traceLine) } }
        let interpreter = Interpreter(configuration: configuration)
        try await interpreter.evaluate(
            "let gate = Turnstile()\nasync fn visit(n) {\n    await sleep(0.5)\n    return gate.pass(n)\n}")
        let total = try await Task.detached { try await interpreter.call("visit", [.int(3)]) }.value
        #expect(total.description == "3")
        #expect(lines.withLock { $0 }.suffix(3) == [
            "[  0.500] task visit#2 wakes (timer)", "[  0.500] task visit#2 resumes", "[  0.500] task visit#2 done (0.500 s)",
        ])
    }
}
