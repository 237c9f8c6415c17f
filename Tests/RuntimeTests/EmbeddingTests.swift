import AsyncLang
import Runtime
import Testing

@Suite struct EmbeddingTests {
    @Test func aHostRegistersNativeFunctionsThroughTheBuiltinTable() throws {
        var printed = ""
        var configuration = Configuration()
        configuration.output = OutputSink { printed += $0 }
        let interpreter = Interpreter(configuration: configuration)
        interpreter.register([
            NativeFunction("twice", arity: 1) { args in .int(try args.int(0, "a count") * 2) }
        ])
        let value = try interpreter.evaluate("print(twice(21))\ntwice(4)")
        #expect(printed == "42\n")
        guard case .int(8) = value else {
            Issue.record("expected 8, got \(value)")
            return
        }
        #expect(throws: ScriptError.self) { try interpreter.evaluate("twice(\"x\")") }
    }

    @Test func twoInterpretersShareNothing() throws {
        let first = Interpreter()
        let second = Interpreter()
        try first.evaluate("let shared = 1")
        #expect(throws: ScriptError.self) { try second.evaluate("shared") }
    }

    @Test func definitionsPersistAcrossEvaluations() throws {
        let interpreter = Interpreter()
        try interpreter.evaluate("var count = 1\nfn bump() { count += 1 }")
        try interpreter.evaluate("bump(); bump()")
        guard case .int(3) = try interpreter.evaluate("count") else {
            Issue.record("count should be 3")
            return
        }
        #expect(throws: CompileErrors.self) { try interpreter.evaluate("let fixed = 1\nfixed = 2") }
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

    @Test func aScriptWithinTheLimitRuns() {
        #expect(run("var i = 0\nwhile i < 100 { i += 1 }\nprint(i)") { $0.limits.maxSteps = 1_000 }.output == "100\n")
    }
}

import Dispatch

@Suite struct InterruptTests {
    @Test func interruptStopsACPUBoundLoopFromAnotherThread() {
        var errors = ""
        var configuration = Configuration()
        configuration.errorOutput = OutputSink { errors += $0 }
        let interpreter = Interpreter(configuration: configuration)
        // nonisolated(unsafe): interrupt() only touches an atomic flag.
        nonisolated(unsafe) let target = interpreter
        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(200)) { target.interrupt() }
        let status = interpreter.runScript(
            SourceFile(path: "spin.aw", text: "try {\n while true {}\n} finally { print(\"cleaned up\") }"))
        #expect(status == 1)
        #expect(errors.hasPrefix("error: CancelledError: interrupted"))
    }
}
