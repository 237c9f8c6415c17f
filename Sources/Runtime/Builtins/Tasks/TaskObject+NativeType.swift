/// What scripts see of a task: `t.name`, `t.id`, `t.done()`, `t.cancelled()`,
/// `t.result()`, `t.cancel()`; it prints as `<task fetch#3 done>`.
extension TaskObject {
    static let nativeType = NativeType(
        "task", of: TaskObject.self,
        fields: [
            NativeField("name") { .string($0.name) },
            NativeField("id") { .int($0.id) },
        ],
        methods: [
            NativeMethod("done") { task, _ in .bool(task.isDone) },
            NativeMethod("cancelled") { task, _ in .bool(task.isDone && task.wasCancelled) },
            NativeMethod("result") { task, _ in
                guard task.isDone else { throw ScriptError.value("task '\(task.label)' is not done yet; await it first") }
                return try task.outcome()
            },
            NativeMethod("cancel") { task, args in .bool(args.vm.scheduler.cancel(task)) },
        ],
        display: { "<task \($0.label) \($0.displayState)>" })
}
