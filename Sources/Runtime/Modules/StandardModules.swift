/// The runtime's own modules, each a table of functions and types. The command
/// line enables all of them; an embedding host chooses (`Configuration.modules`).
extension Module {
    /// `print`, conversions, collections, numbers and the error constructors.
    public static let core = Module(
        "core", doc: "printing, conversions, collections, numbers, errors, help",
        functions: OutputBuiltins.all + ConversionBuiltins.all + CollectionBuiltins.all + NumberBuiltins.all
            + ErrorBuiltins.all + HelpBuiltins.all,
        types: [ErrorObject.nativeType])

    /// `sleep`, `now`, `gather`, `wait_for`, `shield`, `as_completed`, `timeout`, `group`, task introspection.
    public static let tasks = Module(
        "tasks", doc: "sleeping, spawning and waiting for tasks, timeouts, task groups", functions: TaskBuiltins.all,
        types: [TaskObject.nativeType, TimeoutScope.nativeType, TaskGroupObject.nativeType, AsCompletedIterator.nativeType])

    /// `Semaphore`, `Lock`, `Event`, `Queue`.
    public static let sync = Module(
        "sync", doc: "primitives tasks share: semaphores, locks, events, queues", types: [SemaphoreObject.nativeType, LockObject.nativeType, EventObject.nativeType, QueueObject.nativeType])

    /// `random`, `random_int`, `shuffle` (seeded: `Configuration.seed`).
    public static let random = Module("random", doc: "seeded random numbers", functions: RandomBuiltins.all)

    /// `env` (the process's environment) and `stats` (its memory and CPU time).
    public static let system = Module(
        "system", doc: "the process: its environment and its use of memory and time", functions: SystemBuiltins.all)

    /// Every module of the language, in the order they are registered.
    public static let standard: [Module] = [.core, .tasks, .sync, .random, .system, .json, .url, .html, .http, .db]
}
