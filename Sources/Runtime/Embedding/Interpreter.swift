import AsyncLang
import Dispatch
import Synchronization

/// An AsyncLang interpreter: its globals, builtins, compiled code, VM and
/// scheduler, running on a thread of its own. It owns everything it runs; two
/// interpreters never see each other.
public final class Interpreter: Sendable {
    public let configuration: Configuration
    let loop: EventLoop
    let executor: InterpreterExecutor

    /// Builds an interpreter with every builtin of LANGUAGE.md registered.
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
        executor = InterpreterExecutor(stackSize: configuration.limits.nativeStackSize)
        loop = EventLoop(configuration: configuration, executor: executor)
    }

    /// An interpreter whose jobs run on an executor drained by its caller
    /// (`runScript` drains it): runs made one after another share it.
    init(configuration: Configuration, drainedExecutor: InterpreterExecutor) {
        self.configuration = configuration
        executor = drainedExecutor
        loop = EventLoop(configuration: configuration, executor: executor)
    }

    deinit {
        if executor.hasOwnThread { executor.stop() }
    }

    /// Adds a module (its functions and its types' constructors, as globals or
    /// under its namespace) exactly as the builtin modules are added.
    public func register(_ module: Module) async {
        await loop.register(module)
    }

    /// Adds native functions as globals: `register(Module("host", functions: functions))`.
    public func register(_ functions: [NativeFunction]) async {
        await loop.register(Module("host", functions: functions))
    }

    /// Defines (or redefines) a global value.
    public func define(_ name: String, _ value: Value) async {
        await loop.define(name, value)
    }

    /// Runs a script as the main task; when it ends, tasks it left running are
    /// cancelled (their `finally` blocks run). Compile errors, an uncaught error
    /// and warnings go to `errorOutput`. Returns the exit status (0 success,
    /// 1 script error, `interruptedStatus` when `interrupt()` stopped it).
    public func run(_ file: SourceFile) async -> Int32 {
        await loop.runScript(file)
    }

    /// Compiles and runs `file` as a task and returns the value of its last
    /// expression statement (nil when there is none, unless `returnsLastExpression`
    /// is false). Tasks it spawned keep running whenever the interpreter runs
    /// again. Throws `CompileErrors` or `ScriptError`.
    @discardableResult
    public func evaluate(_ file: SourceFile, returnsLastExpression: Bool = true) async throws -> Value {
        try await loop.evaluate(file, returnsLastExpression: returnsLastExpression)
    }

    /// Compiles and runs source text; see `evaluate(_:returnsLastExpression:)`.
    @discardableResult
    public func evaluate(_ source: String, name: String = "<string>") async throws -> Value {
        try await evaluate(SourceFile(path: name, text: source))
    }

    /// `run`, for callers that are not async (a command line's main thread).
    /// Blocks the calling thread, which must not be the interpreter's own.
    public func runScript(_ file: SourceFile) -> Int32 {
        let result = BlockingResult<Int32>()
        // On the interpreter's own thread: blocked callers may be holding every
        // thread of the global pool.
        Task(executorPreference: executor) { result.set(await self.run(file)) }
        if !executor.hasOwnThread { executor.runJobs(until: { result.isSet }) }
        return result.wait()
    }

    /// The interpreter's clock in seconds (virtual or real, as `now()` reads it).
    public func now() async -> Double {
        await loop.clockSeconds()
    }

    /// `now()`, for callers that are not async. Blocks the calling thread.
    public func clockSeconds() -> Double {
        let result = BlockingResult<Double>()
        Task(executorPreference: executor) { result.set(await self.now()) }
        if !executor.hasOwnThread { executor.runJobs(until: { result.isSet }) }
        return result.wait()
    }

    /// `run`'s status when `interrupt()` stopped the script: 128 + SIGINT, as shells expect.
    public static let interruptedStatus: Int32 = 130

    /// What keeps `file` from compiling as a script (syntax and name errors,
    /// with their places), or nothing: found without running anything.
    public static func compileErrors(in file: SourceFile, limits: Limits = Limits()) -> [Diagnostic] {
        do {
            _ = try EventLoop.parseAndResolve(file, after: GlobalScope(), maxNesting: limits.maxNesting)
            return []
        } catch let errors as CompileErrors {
            return errors.diagnostics
        } catch {
            return []
        }
    }

    /// Stops the running entry with `CancelledError` at its next loop iteration,
    /// call or await (what Ctrl-C does). Safe to call from any thread.
    public func interrupt() {
        loop.interrupts.request()
        Task(executorPreference: executor) { await self.loop.wake() }
    }

    /// The report for an error `evaluate` threw, in the standard format.
    public func diagnostic(for error: Error) async -> Diagnostic {
        await loop.diagnostic(for: error)
    }
}

/// Every syntax and resolution error of a program that cannot run.
public struct CompileErrors: Error {
    public let diagnostics: [Diagnostic]
}

/// A value handed from an async task to a thread that blocks for it.
final class BlockingResult<T: Sendable>: @unchecked Sendable {
    // @unchecked Sendable: `value` is written once before `semaphore` is signalled and read after the wait.
    private var value: T?
    private let semaphore = DispatchSemaphore(value: 0)
    private let done = Atomic(false)

    func set(_ value: T) {
        self.value = value
        done.store(true, ordering: .releasing)
        semaphore.signal()
    }

    var isSet: Bool { done.load(ordering: .acquiring) }

    func wait() -> T {
        semaphore.wait()
        return value!
    }
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
