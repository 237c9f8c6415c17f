/// What scripts see of a task: `t.name`, `t.id`, `t.done()`, `t.cancelled()`,
/// `t.result()`, `t.cancel()`; it prints as `<task fetch#3 done>`.
extension TaskObject {
    static let nativeType = NativeType(
        "task", of: TaskObject.self,
        doc: "task — a coroutine running on its own: `spawn f(x)` makes one, `await t` waits for its result",
        fields: [
            NativeField("name", doc: "name — what it was spawned from: the function's name") { .string($0.name) },
            NativeField("id", doc: "id — its number, in spawn order (main is 1)") { .int($0.id) },
        ],
        methods: [
            NativeMethod("done", doc: "done() — whether it has finished (with a result, an error or cancelled)") { task, _ in .bool(task.isDone) },
            NativeMethod("cancelled", doc: "cancelled() — whether it finished by being cancelled") { task, _ in .bool(task.isDone && task.wasCancelled) },
            NativeMethod("result", doc: "result() — its result, or its error thrown; a ValueError if it is not done yet") { task, _ in
                guard task.isDone else { throw ScriptError.value("task '\(task.label)' is not done yet; await it first") }
                return try task.outcome()
            },
            NativeMethod("cancel", doc: "cancel() — asks for CancelledError at its current or next await; false if it is done") { task, args in .bool(args.vm.scheduler.cancel(task)) },
        ],
        display: { "<task \($0.label) \($0.displayState)>" })
}
