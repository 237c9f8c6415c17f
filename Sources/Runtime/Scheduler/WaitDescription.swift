/// How a wait reads in `:tasks` and deadlock reports:
/// `task worker#2`, `Lock#1 held by main#1`, `Queue#1 (get)`.
enum WaitDescription {
    static func describe(_ wait: Wait) -> String {
        switch wait.reason {
        case .sleep: return "sleep"
        case .yield: return "sleep(0)"
        case .task(let task): return "task \(task.label)"
        case .tasks(let tasks, let what):
            let pending = tasks.filter { !$0.isDone }.map(\.label)
            return "\(what) (\(pending.isEmpty ? "finishing" : pending.joined(separator: ", ")))"
        case .primitive(let object, let operation):
            return primitive(object, operation: operation)
        case .native(let name, let detail): return detail ?? "native call \(name)()"
        }
    }

    private static func primitive(_ object: Obj, operation: String) -> String {
        switch object {
        case let lock as LockObject:
            return "\(lock.label)" + (lock.holder.map { " held by \($0.label)" } ?? "")
        case let semaphore as SemaphoreObject:
            return "\(semaphore.label) (\(semaphore.value)/\(semaphore.permits) free)"
        case let event as EventObject:
            return event.label
        case let queue as QueueObject:
            return "\(queue.label) (\(operation))"
        case let native as NativeObject:
            return "\(native.type.name) (\(operation))"
        default:
            return operation
        }
    }
}
