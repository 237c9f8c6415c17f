/// What scripts see of a task: `t.name`, `t.id`, `t.done()`, `t.cancelled()`,
/// `t.result()`, `t.cancel()`; it prints as `<task fetch#3 done>`.
extension TaskObject {
    static let nativeType = NativeType(
        "task", of: TaskObject.self,
        doc: "task — a coroutine running on its own: `spawn f(x)` makes one, `await t` waits for its result",
        fields: [
            NativeField("name", doc: "name — what it was spawned from: the function's name") { .string($0.name) },
            NativeField("id", doc: "id — its number, in spawn order (main is 1)") { .int($0.id) },
            NativeField("state", doc: "state — pending, running, waiting, done, failed or cancelled") { .string($0.displayState) },
        ],
        methods: [
            NativeMethod("done", doc: "done() — whether it has finished (with a result, an error or cancelled)") { task, _ in .bool(task.isDone) },
            NativeMethod("cancelled", doc: "cancelled() — whether it finished by being cancelled") { task, _ in .bool(task.isDone && task.wasCancelled) },
            NativeMethod("result", doc: "result() — its result, or its error thrown; a ValueError if it is not done yet") { task, _ in
                guard task.isDone else { throw ScriptError.value("task '\(task.label)' is not done yet; await it first") }
                return try task.outcome()
            },
            NativeMethod("waits_on", doc: "waits_on() — what it waits on (`Lock#1 held by main#1`, `sleep, 0.500 s left`), or nil") { task, args in
                args.vm.waitDescription(of: task).map(Value.string) ?? .nil
            },
            NativeMethod("waiting_for", doc: "waiting_for() — seconds it has been waiting, or nil if it is not waiting") { task, args in
                task.wait == nil ? .nil : .float(Double(args.vm.scheduler.now - task.waitingSince) / 1e9)
            },
            NativeMethod("cancel", doc: "cancel() — asks for CancelledError at its current or next await; false if it is done") { task, args in .bool(args.vm.scheduler.cancel(task)) },
        ],
        display: { "<task \($0.label) \($0.displayState)>" })
}
