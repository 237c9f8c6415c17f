import Synchronization

/// Runs work items one after another, in the order they were given. An item
/// runs to its end even when the task that gave it stops waiting (it was
/// cancelled): a statement on a connection must finish before the next one
/// (a `ROLLBACK`) starts.
final class SerialWork: Sendable {
    private let last = Mutex<Task<Void, Never>?>(nil)

    func run<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) async throws -> T {
        let item: Task<T, any Error> = last.withLock { previous in
            let before = previous
            let item = Task<T, any Error> {
                await before?.value
                return try await work()
            }
            previous = Task { _ = try? await item.value }
            return item
        }
        return try await item.value
    }
}
