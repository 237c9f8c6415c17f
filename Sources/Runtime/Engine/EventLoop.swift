import AsyncLang

/// Everything one interpreter owns, isolated to its own thread: globals,
/// compiled code, the VM and the scheduler, and the loop that runs tasks.
/// Hosts reach it through `Interpreter`; script code only ever runs inside
/// this actor, so scripts never run in parallel with themselves.
actor EventLoop {
    nonisolated let executor: InterpreterExecutor
    nonisolated var unownedExecutor: UnownedSerialExecutor { executor.serial.asUnownedSerialExecutor() }

    let configuration: Configuration
    /// Ctrl-C: set from any thread, seen by the VM's loop and by this one.
    nonisolated let interrupts = Interrupts()
    /// Host calls on their way in from other threads (see `call`).
    nonisolated let hostCalls = HostCalls()
    let globals: GlobalTable
    let names: NameTable
    let scheduler: Scheduler
    let vm: VM
    let warnings: WarningSink
    // @exclusivity(unchecked) in this file: see "Exclusivity" in Sources/Runtime/README.md.
    /// Top-level names declared so far (the REPL keeps them across entries).
    @exclusivity(unchecked) private var globalScope = GlobalScope()
    /// Every function compiled; their code lives as long as the interpreter.
    @exclusivity(unchecked) private var prototypes: [FunctionProto] = []
    /// The runtime helpers' code (`compileHelpers`).
    private let helperPrototypes: [FunctionProto]
    let registry: ModuleRegistry
    /// REPL sessions: the task that keeps background tasks running between entries,
    /// the entry running now, and whether the session is closing.
    @exclusivity(unchecked) var sessionDriver: Task<Void, Never>?
    @exclusivity(unchecked) var currentEntry: TaskObject?
    @exclusivity(unchecked) var entryDeadlock: ErrorObject?
    @exclusivity(unchecked) var sessionEnding = false
    /// Callers waiting for the loop's next round of ready tasks to have run.
    @exclusivity(unchecked) var roundWaiters: [CheckedContinuation<Void, Never>] = []
    /// Endings of native work posted from other threads, and where the loop parks.
    nonisolated let inbox = LoopInbox()
    /// Whether waiting for native work spins before it parks (see `SpinPolicy`).
    @exclusivity(unchecked) private var spinPolicy = SpinPolicy()
    /// A `wake()` that came while the loop was not suspended yet. Any `await`
    /// may let other work onto the actor first (even a call to one of its own
    /// methods), so a wake between deciding to wait and waiting must not be lost.
    @exclusivity(unchecked) private var wakeRequested = false
    /// Whether a caller is running the loop now, and the callers waiting for it
    /// (a host evaluating two things at once): only one loop may run at a time.
    @exclusivity(unchecked) private var loopIsDriven = false
    @exclusivity(unchecked) private var loopWaiters: [LoopWaiter] = []

    init(configuration: Configuration, executor: InterpreterExecutor) {
        self.executor = executor
        self.configuration = configuration
        configuration.errorOutput.flushesFirst = configuration.output
        warnings = WarningSink(errorOutput: configuration.errorOutput)
        let prepared = configuration.preparedScripts?.current
        let globalTable = prepared.map { GlobalTable($0.globals) } ?? GlobalTable()
        globals = globalTable
        configuration.accessRecorder?.labels?.globals = globalTable
        names = prepared?.names ?? NameTable()
        let clock: Clock = configuration.clock == .virtual ? VirtualClock() : MonotonicClock()
        scheduler = Scheduler(
            clock: clock, isVirtual: configuration.clock == .virtual, observer: configuration.taskEvents,
            schedule: configuration.schedule, scheduleLog: configuration.scheduleLog,
            reduction: configuration.reduction, accessRecorder: configuration.accessRecorder)
        vm = VM(
            globals: globals, names: names, limits: configuration.limits, output: configuration.output,
            warnings: warnings, scheduler: scheduler, random: SeededGenerator(seed: configuration.seed),
            interrupts: interrupts,
            network: SimulatedNetwork(latency: Int64((max(0, configuration.networkLatency) * 1e9).rounded())),
            httpTransport: configuration.httpTransport, databaseDriver: configuration.databaseDriver,
            slowTask: configuration.slowTask)
        registry = ModuleRegistry(globals: globals, vm: vm)
        vm.registry = registry
        let helpers: [FunctionProto]
        if let prepared {
            registry.adopt(prepared.modules)
            vm.disabledNames = prepared.disabledNames
            helpers = prepared.helpers
        } else {
            registry.start(with: configuration.modules)
            helpers = Self.compileHelpers(globals: globals, names: names)
        }
        helperPrototypes = helpers
        prototypes += helpers
        vm.awaiterFunction = Unmanaged.passUnretained(helpers[1])
        vm.callerFunction = Unmanaged.passUnretained(helpers[2])
        vm.eventLoop = self
    }

    func register(_ module: Module) {
        registry.register(module)
    }

    func define(_ name: String, _ value: Value) {
        globals.define(name, value)
    }

    // MARK: Compiling

    func compile(_ file: SourceFile, returnsLastExpression: Bool) throws -> FunctionProto {
        // A script run from the start by many interpreters is compiled by the first.
        let cache = globalScope.entries.isEmpty && !returnsLastExpression ? configuration.preparedScripts : nil
        if let prepared = cache?.current, prepared.file === file, prepared.names === names {
            globalScope = prepared.globalScope
            prototypes += prepared.prototypes
            return prepared.main
        }
        let program = try resolve(file)
        let compiler = Compiler(file: file, globals: globals, names: names)
        let proto = compiler.compileMain(program, returnsLastExpression: returnsLastExpression)
        prototypes += compiler.prototypes
        if let cache, cache.isEmpty {
            cache.keep(
                PreparedScriptCache.Prepared(
                    file: file, names: names, globals: globals.layout, modules: registry.contents,
                    disabledNames: vm.disabledNames, helpers: helperPrototypes,
                    prototypes: compiler.prototypes, main: proto, globalScope: globalScope))
        }
        return proto
    }

    /// Parses and resolves `file` after the names declared so far, and declares its names.
    private func resolve(_ file: SourceFile) throws -> Program {
        let (program, scope) = try Self.parseAndResolve(file, after: globalScope, maxNesting: configuration.limits.maxNesting)
        globalScope = scope
        return program
    }

    /// The tree of `file` and the names declared after it, or its compile errors (`CompileErrors`).
    static func parseAndResolve(_ file: SourceFile, after scope: GlobalScope, maxNesting: Int) throws -> (Program, GlobalScope) {
        var options = ParseOptions()
        options.maxNesting = maxNesting
        let parsed = Parser.parse(file, options: options)
        let resolved = Resolver.resolve(parsed.program, globals: scope)
        if let firstSyntaxError = parsed.diagnostics.first?.range?.start {
            // The tree is partial after a syntax error, so only the resolver's
            // findings before that point are sure to be real.
            let earlier = resolved.diagnostics.filter { ($0.range?.start ?? .max) < firstSyntaxError }
            throw CompileErrors(diagnostics: earlier + parsed.diagnostics)
        }
        if !resolved.diagnostics.isEmpty { throw CompileErrors(diagnostics: resolved.diagnostics) }
        return (parsed.program, resolved.globals)
    }

    /// Compiles runtime helpers written in AsyncLang, outside the session's
    /// declared names; returns their prototypes (`[main, each function]`).
    /// Their frames never appear in traces (`VM.helperFile`).
    private static func compileHelpers(globals: GlobalTable, names: NameTable) -> [FunctionProto] {
        let compiler = Compiler(file: helpers.file, globals: globals, names: names)
        _ = compiler.compileMain(helpers.program)
        return compiler.prototypes
    }

    /// The helpers' tree, parsed and resolved once per process: compiling only reads it.
    private nonisolated(unsafe) static let helpers: (file: SourceFile, program: Program) = {
        let file = SourceFile(
            path: VM.helperFile,
            text: """
                async fn awaiter(awaitable) { return await awaitable }
                async fn caller(f, args, settle) { return await settle(f(...args)) }
                """)
        let parsed = Parser.parse(file)
        _ = Resolver.resolve(parsed.program, globals: GlobalScope())
        return (file, parsed.program)
    }()

    // MARK: Running

    /// Runs a script as the main task, then cancels what it left running.
    /// Returns the exit status; errors and warnings go to the error sink.
    func runScript(_ file: SourceFile) async -> Int32 {
        defer {
            scheduler.chooser?.runEnded()
            flushOutputs()
        }
        var status: Int32 = 0
        do {
            let task = try spawnEntry(file, returnsLastExpression: false)
            let deadlock = await drive(until: { task.isDone }, entry: task)
            if deadlock == nil { warnOfTasksBlockedForGood(after: task) }
            let listeners = stopServers()
            await cancelLeftovers(cause: deadlock == nil ? .exit : .deadlock)
            await close(listeners)
            if let error = deadlock ?? task.error {
                configuration.errorOutput.write(DiagnosticRenderer.render(diagnostic(for: ScriptError(error))))
                status = interrupts.isInterruption(error) ? Interpreter.interruptedStatus : 1
            }
        } catch let errors as CompileErrors {
            configuration.errorOutput.write(DiagnosticRenderer.render(errors.diagnostics))
            return 1
        } catch {
            configuration.errorOutput.write(DiagnosticRenderer.render(diagnostic(for: error)))
            return 1
        }
        warnAtExit()
        return status
    }

    /// Runs source as a task and returns its value; tasks it spawned keep running
    /// whenever the loop runs again.
    func evaluate(_ file: SourceFile, returnsLastExpression: Bool) async throws -> Value {
        defer { flushOutputs() }
        let task = try spawnEntry(file, returnsLastExpression: returnsLastExpression)
        if let deadlock = await driveToEnd(task) { throw ScriptError(deadlock) }
        return try task.outcome()
    }

    /// Runs the loop until `task` is done. On a deadlock the task is cancelled
    /// (its `finally` blocks run) and the `DeadlockError` to report comes back.
    func driveToEnd(_ task: TaskObject) async -> ErrorObject? {
        guard let deadlock = await drive(until: { task.isDone }, entry: task) else { return nil }
        scheduler.cancel(task, cause: .deadlock)
        await drive(until: { task.isDone }, entry: nil)
        return deadlock
    }

    func spawnEntry(_ file: SourceFile, returnsLastExpression: Bool) throws -> TaskObject {
        let proto = try compile(file, returnsLastExpression: returnsLastExpression)
        let fiber = Fiber(stackCapacity: proto.slotCount + proto.maxStack + 1)
        fiber.push(.function(Unmanaged.passUnretained(proto)))
        try vm.pushFrame(fiber, Unmanaged.passUnretained(proto), closure: nil, base: 0, argc: 0)
        let task = scheduler.spawn(fiber: fiber, name: "main")
        vm.interruptTarget = task
        return task
    }

    /// At the end of a script: remaining tasks are cancelled, in spawn order, and
    /// run until they finish (their `finally` blocks run).
    /// A task spawned during that cleanup (by a `finally` block) first takes
    /// its first step, so that what it guards with `try` is entered, and is then
    /// cancelled in turn: its `finally` blocks run too.
    func cancelLeftovers(cause: CancelCause = .exit) async {
        var leftovers = scheduler.liveTasks
        while !leftovers.isEmpty {
            for task in leftovers { scheduler.cancel(task, cause: cause) }
            await drive(until: { leftovers.allSatisfy(\.isDone) }, entry: nil)
            let spawnedMeanwhile = scheduler.liveTasks
            await drive(until: { spawnedMeanwhile.allSatisfy { $0.isDone || $0.hasStarted } }, entry: nil)
            leftovers = spawnedMeanwhile.filter { !$0.isDone }
        }
    }

    // MARK: The loop

    /// Runs ready tasks, fires timers and waits for native operations until
    /// `done()`. In virtual time the clock jumps to the next timer whenever
    /// nothing is ready and nothing is in flight. When every task is blocked
    /// and nothing can wake them, the run stops and returns the `DeadlockError`
    /// (with the wait-for graph) to report.
    @discardableResult
    func drive(
        until done: () -> Bool, entry currentEntry: @autoclosure () -> TaskObject?, idleWaits: Bool = false
    ) async -> ErrorObject? {
        // Another caller is running the loop: it runs this caller's task too, so
        // wait for that task to finish, or for the loop to be free.
        while loopIsDriven {
            if done() { return nil }
            wake()  // the running loop may be idle, and this caller's task is new work for it
            await waitForLoop(orCompletionOf: currentEntry())
        }
        loopIsDriven = true
        defer { releaseLoop() }
        while !done() {
            wakeRequested = false  // this round looks at everything a wake could have announced
            if inbox.hasItems { runInbox() }
            // Read each round: in a REPL session the entry changes while the loop runs.
            let entry = currentEntry()
            if vm.interrupts.requested.load(ordering: .relaxed), let entry, !entry.isDone {
                vm.interrupts.requested.store(false, ordering: .relaxed)
                scheduler.cancel(entry, interrupts.error(), cause: .interrupt)
            }
            scheduler.fireDueTimers()
            if scheduler.hasReady {
                runReadyTasks()
                endRound()
                // Lets whatever waits for the actor in between rounds: finished native
                // operations, host calls, another caller's evaluation, a REPL entry. A loop
                // that is never idle (a task looping on `await sleep(0)`) must not shut them out.
                if executor.hasWaitingJobs || hostCalls.arePending { await Task.yield() }
                continue
            }
            endRound()
            if hostCalls.arePending {
                await Task.yield()
                continue
            }
            if scheduler.inFlight == 0 {
                if scheduler.isVirtual {
                    if scheduler.advanceVirtualClock() { continue }
                } else if let deadline = scheduler.timers.nextDeadline() {
                    await waitForEvent(deadline: deadline)
                    continue
                }
                // In a REPL session with no entry blocked, nothing to do is not a deadlock: wait to be woken.
                if idleWaits && (entry == nil || entry!.state != .waiting) {
                    await waitForEvent(deadline: nil)
                    continue
                }
                scheduler.accessTracker?.barrier()
                return deadlockError(entry: entry)
            }
            if scheduler.isVirtual {
                await waitForRealWork()
            } else {
                await waitForEvent(deadline: scheduler.timers.nextDeadline())
            }
        }
        return nil
    }

    /// Runs the tasks ready now, in FIFO order; tasks made ready meanwhile wait for the next round.
    private func runReadyTasks() {
        var count = scheduler.ready.count
        while count > 0, let task = scheduler.nextReady() {
            count -= 1
            step(task)
        }
        scheduler.runDueReactions()
    }

    /// Resumes the callers waiting for this round (see `roundWaiters`).
    func endRound() {
        guard !roundWaiters.isEmpty else { return }
        let waiters = roundWaiters
        roundWaiters = []
        for waiter in waiters { waiter.resume() }
    }

    /// Runs one task until it finishes or suspends.
    private func step(_ task: TaskObject) {
        scheduler.current = task
        task.state = .running
        defer { scheduler.current = nil }
        var throwing: ErrorObject?
        switch task.resume {
        case .start:
            if let cancellation = task.pendingCancellation {
                // Cancelled before its first step: the body never runs.
                task.pendingCancellation = nil
                vm.awaitedByTask(task)?.discard()
                scheduler.finish(task, result: .nil, error: cancellation)
                return
            }
            scheduler.events?.running(task, resumed: false)
        case .value(let value):
            scheduler.events?.running(task, resumed: true)
            if case .undo(_, let taken) = task.handoff {
                task.handoff = .discardable
                taken()
            }
            task.activeFiber.push(value)
        case .error(let error):
            scheduler.events?.running(task, resumed: true)
            // An error another task ended with: its trace goes on through the frames that awaited it.
            if error.hasBeenThrown, let source = error.leftTask {
                vm.recordCrossing(error, into: task.activeFiber, awaiting: source)
            }
            throwing = error
        }
        task.resume = .value(.nil)
        if vm.slowStep.isOn { vm.slowStep.begin(stepsTaken: vm.stepsTaken) }
        defer {
            if vm.slowStep.isOver, let warning = vm.slowStep.warning(for: task, stepsTaken: vm.stepsTaken) {
                warnings.warn(warning)
            }
        }
        do {
            switch try vm.execute(task.activeFiber, boundary: 0, base: task.rootFiber, throwing: throwing) {
            case .returned(let value): scheduler.finish(task, result: value, error: nil)
            case .suspended: break
            case .yielded:
                // Only a generator being closed runs as a task of its own; it must not yield again.
                scheduler.finish(
                    task, result: .nil,
                    error: ErrorObject(
                        kind: ErrorKind.valueError,
                        message: "generator '\(task.name)' yielded while it was being closed; its finally blocks must not yield"))
            }
        } catch {
            scheduler.finish(task, result: .nil, error: vm.errorObject(from: error))
        }
    }

    /// Virtual time while only real work is in flight (host functions, HTTP,
    /// queries) and a timer is pending: the clock follows real time, as Trio's
    /// `MockClock(rate=1)` does, up to that timer, so a timeout around real
    /// work fires after its real duration. When nothing real is in flight it
    /// jumps again.
    private func waitForRealWork() async {
        guard let clock = scheduler.clock as? VirtualClock else { return }
        let started = MonotonicClock.read()
        let deadline = scheduler.timers.nextDeadline()
        await waitForEvent(deadline: deadline)
        // With no timer pending nothing can tell the time passed: the clock
        // stays, so real work alone (a query) leaves runs deterministic.
        guard let deadline else { return }
        let elapsed = MonotonicClock.read() - started
        let (followed, overflow) = clock.nanoseconds.addingReportingOverflow(elapsed)
        clock.nanoseconds = min(overflow ? Int64.max : followed, deadline)
    }

    /// Runs what other threads posted (the endings of native work), in order.
    private func runInbox() {
        for item in inbox.take() { item() }
    }

    /// Waits until `wake()` (a native operation finished) or the real-time deadline.
    private func waitForEvent(deadline: Int64?) async {
        // What was printed before a wait is shown now, not when the buffer fills
        // (a pipe is not line-buffered), and is not lost if the process is ended while it waits.
        flushOutputs()
        if scheduler.inFlight > 0, spinPolicy.spinsNow() {
            // Native work usually ends within the spin: no park, no wake, no hop.
            let arrived = inbox.spin(upTo: SpinPolicy.spinNanoseconds) { executor.hasWaitingJobs }
            spinPolicy.record(arrived: arrived)
            if arrived { return }
        }
        var sleeper: Task<Void, Never>?
        await withCheckedContinuation { continuation in
            if wakeRequested {
                wakeRequested = false
                continuation.resume()
                return
            }
            guard inbox.park(continuation) else { return continuation.resume() }
            if let deadline {
                let nanoseconds = max(0, deadline - scheduler.now)
                sleeper = Task {
                    try? await Task.sleep(nanoseconds: UInt64(nanoseconds))
                    self.wake()
                }
            }
        }
        sleeper?.cancel()
    }

    private func waitForLoop(orCompletionOf task: TaskObject?) async {
        let waiter = LoopWaiter()
        await withCheckedContinuation { continuation in
            waiter.continuation = continuation
            // Calling this method may itself have suspended (a caller resumed
            // outside the actor's isolation hops back first), so the loop may have
            // been released, or the task finished, since the caller looked.
            guard loopIsDriven, task?.isDone != true else { return waiter.resume() }
            loopWaiters.append(waiter)
            task?.onCompletion { _ in waiter.resume() }
        }
    }

    /// The loop is free: every caller waiting for it looks again (the first to run takes it).
    private func releaseLoop() {
        loopIsDriven = false
        let waiters = loopWaiters
        loopWaiters = []
        for waiter in waiters { waiter.resume() }
    }

    /// Lets a waiting loop run again.
    func wake() {
        guard let parked = inbox.unpark() else {
            wakeRequested = true
            return
        }
        parked.resume()
    }

    // MARK: Deadlocks and exit

    /// Every task is blocked and nothing can wake one: the error that stops the
    /// run, pointing at where the entry task waits, with one line per waiting
    /// task: `main#1 waits on task worker#2`.
    private func deadlockError(entry: TaskObject?) -> ErrorObject {
        let report = DeadlockReport(blocked: scheduler.liveTasks, entry: entry, vm: vm)
        let error = ErrorObject(kind: ErrorKind.deadlockError, message: report.message)
        if let entry, !entry.isDone { vm.recordTrace(error, from: entry.activeFiber) }
        error.notes = report.lines
        return error
    }

    /// When `main` ends while other tasks wait for what can no longer happen
    /// (nothing ready, sleeping or in flight could wake them), they are
    /// cancelled like any leftover, but that was a deadlock left behind: say so.
    private func warnOfTasksBlockedForGood(after main: TaskObject) {
        let live = scheduler.liveTasks
        guard !live.isEmpty, !scheduler.hasReady, scheduler.inFlight == 0, scheduler.timers.nextDeadline() == nil,
            live.allSatisfy({ task in task.wait.map { $0 !== scheduler.sleeping } ?? false })
        else { return }
        let lines = DeadlockReport(blocked: live, entry: nil, vm: vm).lines.map { "  " + $0 }
        let what = live.count == 1 ? "1 task was blocked with nothing left to wake it (it is" : "\(live.count) tasks were blocked with nothing left to wake them (they are"
        warnings.warn("\(main.label) finished while \(what) cancelled now):\n" + lines.joined(separator: "\n"))
    }

    private func warnAtExit() {
        warnings.warnUnawaitedCoroutines()
        for task in scheduler.failed where !task.errorRetrieved && task.name != "main" {
            warnings.warn("task '\(task.label)' failed and its error was never retrieved: \(task.error!.summary)")
        }
    }

    /// The report for an uncaught error, with the caret at the place it was thrown.
    func diagnostic(for error: Error) -> Diagnostic {
        let object = vm.errorObject(from: error)
        return Diagnostic(
            .runtime(kind: object.errorKind), object.message, file: object.origin?.file,
            range: object.origin.map { SourceRange(start: $0.offset, end: $0.offset) },
            trace: TraceFormatter.compress(object.trace), notes: object.notes)
    }

    func clockSeconds() -> Double {
        scheduler.clock.seconds
    }

    func flushOutputs() {
        configuration.output.flush()
        configuration.errorOutput.flush()
    }
}

/// A caller waiting for the loop, resumed once: when its task finishes or the loop is free.
private final class LoopWaiter {
    @exclusivity(unchecked) var continuation: CheckedContinuation<Void, Never>?

    func resume() {
        continuation?.resume()
        continuation = nil
    }
}
