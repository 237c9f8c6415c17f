import AsyncLang

/// An AsyncLang interpreter: its globals, builtins, compiled code and VM.
/// It owns everything it runs; two interpreters never see each other.
public final class Interpreter {
    public let configuration: Configuration
    let globals = GlobalTable()
    let names = NameTable()
    let vm: VM
    let warnings: WarningSink
    /// Top-level names declared so far (the REPL keeps them across entries).
    private var globalScope = GlobalScope()
    /// Every function compiled; their code lives as long as the interpreter.
    private var prototypes: [FunctionProto] = []
    /// Every native function registered, kept alive for `Value.native`.
    private var natives: [NativeFunction] = []

    /// Builds an interpreter with every builtin of LANGUAGE.md registered.
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
        configuration.errorOutput.flushesFirst = configuration.output
        warnings = WarningSink(errorOutput: configuration.errorOutput)
        let clock: Clock = configuration.clock == .virtual ? VirtualClock() : MonotonicClock()
        vm = VM(
            globals: globals, names: names, limits: configuration.limits, output: configuration.output,
            warnings: warnings, clock: clock, random: SeededGenerator(seed: configuration.seed))
        for module in BuiltinModules.all { register(module) }
    }

    /// Adds native functions as globals, exactly as the builtins are added.
    public func register(_ functions: [NativeFunction]) {
        for function in functions {
            natives.append(function)
            globals.define(function.name, .native(Unmanaged.passUnretained(function)))
        }
    }

    /// Defines (or redefines) a global value.
    public func define(_ name: String, _ value: Value) {
        globals.define(name, value)
    }

    /// Parses, resolves, compiles and runs a script. Compile errors, an uncaught
    /// error and warnings are rendered to `errorOutput`; returns the exit status
    /// (0 success, 1 script error). Flushes both sinks.
    public func runScript(_ file: SourceFile) -> Int32 {
        var status: Int32 = 1
        LargeStackThread.run { status = self.runScriptOnThisThread(file) }
        return status
    }

    private func runScriptOnThisThread(_ file: SourceFile) -> Int32 {
        defer { flushOutputs() }
        do {
            _ = try evaluateOnThisThread(file, returnsLastExpression: false)
            return 0
        } catch let diagnostics as CompileErrors {
            configuration.errorOutput.write(DiagnosticRenderer.render(diagnostics.diagnostics))
        } catch {
            configuration.errorOutput.write(DiagnosticRenderer.render(diagnostic(for: error)))
        }
        return 1
    }

    /// Compiles and runs `file`, returning the value of its last expression
    /// statement (or nil). Throws `CompileErrors` or `ScriptError`.
    @discardableResult
    public func evaluate(_ file: SourceFile, returnsLastExpression: Bool = false) throws -> Value {
        var result: Result<Value, any Error> = .success(.nil)
        LargeStackThread.run {
            result = Result { try self.evaluateOnThisThread(file, returnsLastExpression: returnsLastExpression) }
        }
        return try result.get()
    }

    private func evaluateOnThisThread(_ file: SourceFile, returnsLastExpression: Bool) throws -> Value {
        let proto = try compile(file, returnsLastExpression: returnsLastExpression)
        let fiber = Fiber(stackCapacity: proto.slotCount + proto.maxStack + 1)
        fiber.push(.function(Unmanaged.passUnretained(proto)))
        try vm.pushFrame(fiber, Unmanaged.passUnretained(proto), closure: nil, base: 0, argc: 0)
        guard case .returned(let value) = try vm.execute(fiber, boundary: 0) else { return .nil }
        return value
    }

    /// Compiles and runs source text; see `evaluate(_:returnsLastExpression:)`.
    @discardableResult
    public func evaluate(_ source: String, name: String = "<string>") throws -> Value {
        try evaluate(SourceFile(path: name, text: source), returnsLastExpression: true)
    }

    func compile(_ file: SourceFile, returnsLastExpression: Bool) throws -> FunctionProto {
        var options = ParseOptions()
        options.maxNesting = configuration.limits.maxNesting
        let parsed = Parser.parse(file, options: options)
        let resolved = Resolver.resolve(parsed.program, globals: globalScope)
        if let firstSyntaxError = parsed.diagnostics.first?.range?.start {
            // The tree is partial after a syntax error, so only the resolver's
            // findings before that point are sure to be real.
            let earlier = resolved.diagnostics.filter { ($0.range?.start ?? .max) < firstSyntaxError }
            throw CompileErrors(diagnostics: earlier + parsed.diagnostics)
        }
        if !resolved.diagnostics.isEmpty { throw CompileErrors(diagnostics: resolved.diagnostics) }
        globalScope = resolved.globals
        let compiler = Compiler(file: file, globals: globals, names: names)
        let proto = compiler.compileMain(parsed.program, returnsLastExpression: returnsLastExpression)
        prototypes += compiler.prototypes
        return proto
    }

    /// The report for an uncaught error, with the caret at the place it was thrown.
    public func diagnostic(for error: Error) -> Diagnostic {
        let object = vm.errorObject(from: error)
        return Diagnostic(
            .runtime(kind: object.errorKind), object.message, file: object.origin?.file,
            range: object.origin.map { SourceRange(start: $0.offset, end: $0.offset) },
            trace: TraceFormatter.compress(object.trace))
    }

    /// Stops the running script with `CancelledError` at its next loop iteration or
    /// call (what Ctrl-C does). Safe to call from any thread.
    public func interrupt() {
        vm.interrupts.request()
    }

    public func flushOutputs() {
        configuration.output.flush()
        configuration.errorOutput.flush()
    }
}

/// Every syntax and resolution error of a program that cannot run.
public struct CompileErrors: Error {
    public let diagnostics: [Diagnostic]
}

enum TraceFormatter {
    /// Collapses long runs of one repeated line (deep recursion) into a count.
    static func compress(_ trace: [String]) -> [String] {
        var result: [String] = []
        var index = 0
        while index < trace.count {
            var run = 1
            while index + run < trace.count && trace[index + run] == trace[index] { run += 1 }
            result += Array(repeating: trace[index], count: min(run, 3))
            if run > 3 { result.append("... the line above repeats \(run - 3) more times") }
            index += run
        }
        return result
    }
}
