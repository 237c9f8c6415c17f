/// Methods of tasks: `done() cancelled() result() cancel()`; `t.name` and
/// `t.id` are fields.
enum TaskMethods {
    static var all: [NativeFunction] {
        [
            Runtime.method("done", 0...0, on: TaskObject.self) { task, _ in .bool(task.isDone) },
            Runtime.method("cancelled", 0...0, on: TaskObject.self) { task, _ in .bool(task.isDone && task.wasCancelled) },
            Runtime.method("result", 0...0, on: TaskObject.self) { task, _ in
                guard task.isDone else { throw ScriptError.value("task '\(task.label)' is not done yet; await it first") }
                return try task.outcome()
            },
            Runtime.method("cancel", 0...0, on: TaskObject.self) { task, args in
                .bool(args.vm.scheduler.cancel(task))
            },
        ]
    }
}
