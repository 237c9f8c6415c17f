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
