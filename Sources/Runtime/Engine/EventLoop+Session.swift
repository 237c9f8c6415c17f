import AsyncLang

/// A REPL session: entries run one after another as tasks, definitions
/// persist, and in real time the tasks they spawn keep running between
/// entries (a driver task keeps the loop going while the prompt waits). In
/// virtual time nothing moves at the prompt: the clock advances only while an
/// entry awaits, or by `advance(seconds:)`.
extension EventLoop {
    /// Starts keeping background tasks running between entries (real time only).
    func startSession() {
        guard !scheduler.isVirtual, sessionDriver == nil else { return }
        sessionDriver = Task { await self.driveSession() }
    }

    private func driveSession() async {
        while !sessionEnding {
            let deadlock = await drive(until: { self.sessionEnding }, entry: currentEntry, idleWaits: true)
            if let deadlock, let entry = currentEntry {
                entryDeadlock = deadlock
                scheduler.cancel(entry, cause: .deadlock)
            }
        }
    }

    /// Runs one entry and reports how it ended; the value of a final expression
    /// statement becomes `_`.
    func runEntry(_ file: SourceFile) async -> EntryOutcome {
        defer { flushOutputs() }
        let task: TaskObject
        do {
            task = try spawnEntry(file, returnsLastExpression: true)
        } catch let errors as CompileErrors {
            return .compileErrors(errors.diagnostics)
        } catch {
            return .failed(diagnostic(for: error))
        }
        // A Ctrl-C that arrived between entries must not stop this one.
        vm.interrupts.requested.store(false, ordering: .relaxed)
        var deadlock: ErrorObject?
        if sessionDriver != nil {
            currentEntry = task
            entryDeadlock = nil
            wake()
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                task.onCompletion { _ in continuation.resume() }
            }
            currentEntry = nil
            deadlock = entryDeadlock
            await tasksReadyNowHaveRun()
        } else {
            deadlock = await driveToEnd(task)
        }
        if let deadlock { return .failed(diagnostic(for: ScriptError(deadlock))) }
        if let error = task.error {
            task.errorRetrieved = true
            if interrupts.isInterruption(error) { return .interrupted }
            return .failed(diagnostic(for: ScriptError(error)))
        }
        if case .nil = task.result { return .value(nil) }
        globals.define("_", task.result)
        return .value(Printer.repr(task.result))
    }

    /// The tasks an entry left ready take their step before its outcome is
    /// shown, so what they print comes before the next prompt and a session
    /// that ends at once (piped input) has started them, as in virtual time.
    private func tasksReadyNowHaveRun() async {
        await withCheckedContinuation { continuation in
            guard scheduler.hasReady, !sessionEnding else { return continuation.resume() }
            roundWaiters.append(continuation)
            wake()
        }
    }

    /// `:advance seconds` (virtual time): runs everything that falls due in that span, in order.
    func advance(seconds: Double) async {
        guard let clock = scheduler.clock as? VirtualClock else { return }
        let target = clock.nanoseconds + Int64((seconds * 1e9).rounded())
        while true {
            scheduler.fireDueTimers()
            if scheduler.hasReady {
                await drive(until: { !self.scheduler.hasReady }, entry: nil)
                continue
            }
            guard let next = scheduler.timers.nextDeadline(), next <= target else { break }
            clock.nanoseconds = next
        }
        clock.nanoseconds = max(clock.nanoseconds, target)
        flushOutputs()
    }

    /// At the end of a session: cancel what is left (their `finally` blocks run).
    func endSession() async {
        sessionEnding = true
        wake()
        if let driver = sessionDriver { await driver.value }
        sessionDriver = nil
        endRound()
        let listeners = stopServers()
        await cancelLeftovers()
        await close(listeners)
        flushOutputs()
    }

    /// `:tasks`: every live task.
    func taskSnapshot() -> [TaskInfo] {
        scheduler.liveTasks.map { task in
            TaskInfo(
                id: task.id, name: task.name, state: task.displayState, waitsOn: vm.waitDescription(of: task),
                age: Double(scheduler.now - task.spawnedAt) / 1e9,
                waiting: task.wait.map { _ in Double(scheduler.now - task.waitingSince) / 1e9 },
                place: task.wait.flatMap { _ in vm.waitingPlace(of: task) },
                awaits: DeadlockReport.awaited(by: task).map(\.id))
        }
    }

    /// `:vars`: the names the session defined, with their values as the REPL shows them.
    func userVariables() -> [(name: String, value: String)] {
        globals.definedNames.filter { !registry.builtinNames.contains($0) && !$0.hasPrefix("<") }.sorted().map { name in
            (name, Printer.repr(globals.value(of: name) ?? .nil))
        }
    }

    /// Names for tab completion: every defined global, or the members of the
    /// value a dotted path of names leads to (`config.server.` gives the keys and
    /// methods there). The path may start at a literal: `""`, `[]` or `{}`. With
    /// `markingCalls`, the names of functions and methods end in `(`.
    func completions(after path: [String], markingCalls: Bool) -> [String] {
        guard let first = path.first else {
            return globals.definedNames.map { name in
                markingCalls && Self.isCallable(globals.value(of: name)) ? name + "(" : name
            }
        }
        guard var value = Self.literal(first) ?? globals.value(of: first) else { return [] }
        for name in path.dropFirst() {
            guard let next = try? vm.member(of: value, nameID: names.id(of: name)) else { return [] }
            value = next
        }
        let receiver = value
        return vm.memberNames(of: receiver).map { name in
            guard markingCalls, let member = try? vm.member(of: receiver, nameID: names.id(of: name)) else { return name }
            return Self.isCallable(member) ? name + "(" : name
        }
    }

    private static func literal(_ text: String) -> Value? {
        switch text {
        case "\"\"": return .string("")
        case "[]": return .list([])
        case "{}": return .object(MapObject())
        default: return nil
        }
    }

    private static func isCallable(_ value: Value?) -> Bool {
        switch value {
        case .function?, .native?: return true
        case .object(let object)?: return object.kind == .closure || object.kind == .boundMethod
        default: return false
        }
    }
}

/// How a REPL entry ended.
public enum EntryOutcome: Sendable {
    /// It succeeded; the text is the final expression's value as the REPL shows it (nil prints nothing).
    case value(String?)
    case compileErrors([Diagnostic])
    case failed(Diagnostic)
    /// Ctrl-C cancelled it.
    case interrupted
}

/// One line of `:tasks`.
public struct TaskInfo: Sendable {
    public let id: Int
    public let name: String
    public let state: String
    /// What it waits on, with who holds it (`Lock#1 held by main#1`) or, for a sleep, the time left.
    public let waitsOn: String?
    /// Seconds since it was spawned, on the interpreter's clock.
    public let age: Double
    /// Seconds it has been waiting, if it waits.
    public let waiting: Double?
    /// Where it waits: `file.aw:12`.
    public let place: String?
    /// The tasks it waits for (awaits, gathers, its group's children).
    public let awaits: [Int]
}
