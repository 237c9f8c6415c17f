/// The runtime's own modules, each a table of functions and types. The command
/// line enables all of them; an embedding host chooses (`Configuration.modules`).
extension Module {
    /// `print`, conversions, collections, numbers and the error constructors.
    public static let core = Module(
        "core",
        functions: OutputBuiltins.all + ConversionBuiltins.all + CollectionBuiltins.all + NumberBuiltins.all
            + ErrorBuiltins.all,
        types: [ErrorObject.nativeType])

    /// `sleep`, `now`, `gather`, `wait_for`, `shield`, `as_completed`, `timeout`, `group`, task introspection.
    public static let tasks = Module(
        "tasks", functions: TaskBuiltins.all,
        types: [TaskObject.nativeType, TimeoutScope.nativeType, TaskGroupObject.nativeType, AsCompletedIterator.nativeType])

    /// `Semaphore`, `Lock`, `Event`, `Queue`.
    public static let sync = Module(
        "sync", types: [SemaphoreObject.nativeType, LockObject.nativeType, EventObject.nativeType, QueueObject.nativeType])

    /// `random`, `random_int`, `shuffle` (seeded: `Configuration.seed`).
    public static let random = Module("random", functions: RandomBuiltins.all)

    /// `env` (the process's environment) and `stats` (its memory and CPU time).
    public static let system = Module("system", functions: SystemBuiltins.all)

    /// Every module of the language, in the order they are registered.
    public static let standard: [Module] = [.core, .tasks, .sync, .random, .system]
}
