/// `sleep`, `now`, `gather`, `wait_for`, `shield`, `current_task`, `all_tasks`
/// (`timeout`, `group` and `as_completed` are the constructors of their types).
enum TaskBuiltins {
    static var all: [NativeFunction] {
        [
            NativeFunction("sleep", arity: 1, doc: "sleep(seconds) — an awaitable that finishes after that many seconds (virtual ones with --virtual)") { args in
                .object(SleepAwaitable(nanoseconds: try args.nanoseconds(0, "a number of seconds")))
            },
            NativeFunction("now", arity: 0, doc: "now() — seconds since the interpreter started, on its clock (virtual or real)") { args in .float(args.vm.clock.seconds) },
            NativeFunction("gather", arity: 0...Int.max, labels: ["return_errors"], doc: "gather(...awaitables, return_errors: false) — their results in argument order; on the first error the rest are cancelled and it is rethrown") { args in
                let items = (0..<args.count).map { args[$0] }
                return .object(GatherAwaitable(items, returnErrors: try args.bool(label: "return_errors", default: false)))
            },
            NativeFunction("wait_for", arity: 2, doc: "wait_for(awaitable, seconds) — its result, or at the deadline it is cancelled and TimeoutError thrown") { args in
                .object(WaitForAwaitable(args[0], nanoseconds: try args.nanoseconds(1, "a number of seconds")))
            },
            NativeFunction("shield", arity: 1, doc: "shield(awaitable) — awaits it in a task of its own, which is not cancelled when the waiter is") { args in
                .object(ShieldAwaitable(try args.vm.spawn(args[0])))
            },
            NativeFunction("current_task", arity: 0, doc: "current_task() — the task running now") { args in
                args.vm.scheduler.current.map { .object($0) } ?? .nil
            },
            NativeFunction("all_tasks", arity: 0, doc: "all_tasks() — every task not finished yet, in spawn order") { args in
                .list(args.vm.scheduler.liveTasks.map { .object($0) })
            },
        ]
    }
}
