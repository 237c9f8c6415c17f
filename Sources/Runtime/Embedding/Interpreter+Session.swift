import AsyncLang

/// The REPL's side of the embedding API: entries in one session, background
/// tasks between them, and what the REPL's commands show.
extension Interpreter {
    /// In real time, keeps tasks spawned by entries running between entries.
    public func startSession() async {
        await loop.startSession()
    }

    /// Runs one entry; a final expression's value comes back as the REPL shows it and becomes `_`.
    public func runEntry(_ source: String, name: String) async -> EntryOutcome {
        await loop.runEntry(SourceFile(path: name, text: source))
    }

    /// Virtual time: runs everything that falls due in the next `seconds`, in order.
    public func advance(seconds: Double) async {
        await loop.advance(seconds: seconds)
    }

    /// Cancels the tasks still running (their `finally` blocks run) and stops the session.
    public func endSession() async {
        await loop.endSession()
    }

    /// Every live task: id, name, state, what it waits on, age.
    public func tasks() async -> [TaskInfo] {
        await loop.taskSnapshot()
    }

    /// The names the session defined, with their values as the REPL shows them.
    public func variables() async -> [(name: String, value: String)] {
        await loop.userVariables()
    }

    /// Completion candidates: the globals, or the members of the value `path`
    /// leads to (it may start at a literal: `""`, `[]` or `{}`). With
    /// `markingCalls`, functions and methods end in `(`, as Python's completer does.
    public func completions(after path: [String], markingCalls: Bool = false) async -> [String] {
        await loop.completions(after: path, markingCalls: markingCalls)
    }

    public var isVirtual: Bool { configuration.clock == .virtual }

    /// Runs async work on the interpreter's thread and waits for it, for callers
    /// that are not async (a REPL reading lines on the main thread). Must not be
    /// called from the interpreter's own thread.
    public func blocking<T: Sendable>(_ work: @escaping @Sendable (Interpreter) async -> T) -> T {
        let result = BlockingResult<T>()
        Task(executorPreference: executor) { result.set(await work(self)) }
        return result.wait()
    }
}
