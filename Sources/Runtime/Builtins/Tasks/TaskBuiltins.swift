/// `sleep`, `gather`, `wait_for`, `shield`, `as_completed`, `timeout`, `group`,
/// `current_task`, `all_tasks`.
enum TaskBuiltins {
    static var all: [NativeFunction] {
        [
            NativeFunction("sleep", arity: 1) { args in
                .object(SleepAwaitable(nanoseconds: try args.nanoseconds(0, "a number of seconds")))
            },
            NativeFunction("gather", arity: 0...Int.max, labels: ["return_errors"]) { args in
                let items = (0..<args.count).map { args[$0] }
                return .object(GatherAwaitable(items, returnErrors: try args.bool("return_errors", default: false)))
            },
            NativeFunction("wait_for", arity: 2) { args in
                .object(WaitForAwaitable(args[0], nanoseconds: try args.nanoseconds(1, "a number of seconds")))
            },
            NativeFunction("shield", arity: 1) { args in
                .object(ShieldAwaitable(try args.vm.spawn(args[0])))
            },
            NativeFunction("as_completed", arity: 1) { args in
                let tasks = try args.elements(0).map { try args.vm.spawn($0) }
                return .object(AsCompletedIterator(type: args.vm.nativeTypes.asCompleted, tasks: tasks))
            },
            NativeFunction("timeout", arity: 1) { args in
                let nanoseconds = try args.nanoseconds(0, "a number of seconds")
                return .object(TimeoutScope(type: args.vm.nativeTypes.timeout, nanoseconds: nanoseconds))
            },
            NativeFunction("group", arity: 0) { args in
                .object(TaskGroupObject(type: args.vm.nativeTypes.group))
            },
            NativeFunction("current_task", arity: 0) { args in
                args.vm.scheduler.current.map { .object($0) } ?? .nil
            },
            NativeFunction("all_tasks", arity: 0) { args in
                .list(args.vm.scheduler.liveTasks.map { .object($0) })
            },
        ]
    }
}

extension Arguments {
    /// A duration argument in seconds (int or float, not negative), as nanoseconds.
    func nanoseconds(_ index: Int, _ what: String) throws -> Int64 {
        let seconds = try number(index, what)
        guard seconds.isFinite, seconds < 9e9 else {
            throw ScriptError.value("\(functionName)() expects \(what), got \(Printer.display(self[index]))")
        }
        if seconds < 0 {
            throw ScriptError.value("\(functionName)() expects a number of seconds that is not negative, got \(Printer.display(self[index]))")
        }
        return Int64((seconds * 1e9).rounded())
    }
}
