/// `sleep`, `now`, `gather`, `wait_for`, `shield`, `current_task`, `all_tasks`
/// (`timeout`, `group` and `as_completed` are the constructors of their types).
enum TaskBuiltins {
    static var all: [NativeFunction] {
        [
            NativeFunction("sleep", arity: 1) { args in
                .object(SleepAwaitable(nanoseconds: try args.nanoseconds(0, "a number of seconds")))
            },
            NativeFunction("now", arity: 0) { args in .float(args.vm.clock.seconds) },
            NativeFunction("gather", arity: 0...Int.max, labels: ["return_errors"]) { args in
                let items = (0..<args.count).map { args[$0] }
                return .object(GatherAwaitable(items, returnErrors: try args.bool(label: "return_errors", default: false)))
            },
            NativeFunction("wait_for", arity: 2) { args in
                .object(WaitForAwaitable(args[0], nanoseconds: try args.nanoseconds(1, "a number of seconds")))
            },
            NativeFunction("shield", arity: 1) { args in
                .object(ShieldAwaitable(try args.vm.spawn(args[0])))
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
