import DequeModule

/// `await db.open(url, min:, max:, timeout:, latency:)`: a pool of at most
/// `max` connections to one database. Statements borrow a connection for
/// their run; `acquire()` and `transaction()` hold one for their `with`
/// block. When all are in use, borrowers wait their turn in order, each at
/// most `timeout` seconds (then `TimeoutError`). The bookkeeping lives on the
/// interpreter's loop, so on the virtual clock it is as deterministic as
/// the rest of the script.
final class PoolObject: NativeObject, DatabaseSession {
    let url: String
    let backend = BackendBox()
    let maximum: Int
    /// Nanoseconds a borrower may wait for a connection.
    let acquireTimeout: Int64
    /// Nanoseconds each statement costs on the virtual clock.
    let latency: Int64
    /// Open connections no one borrows now.
    var idle: [DatabaseLease] = []
    /// Connections open or being opened.
    private(set) var size = 0
    private(set) var inUse = 0
    private var waiting = Deque<Waiter>()
    private(set) var isClosed = false
    private var closers: [() -> Void] = []

    private struct Waiter {
        let task: TaskObject
        let granted: (DatabaseLease) -> Void
        let timer: Timer
    }

    init(url: String, maximum: Int, acquireTimeout: Int64, latency: Int64) {
        self.url = url
        self.maximum = maximum
        self.acquireTimeout = acquireTimeout
        self.latency = latency
        super.init(type: Self.nativeType)
    }

    var pool: PoolObject { self }

    /// The URL without its password, for traces and messages.
    var shownURL: String { DatabaseURL.withoutPassword(url) }

    /// Lends a connection to `task` now (`granted` runs at once) or when one is
    /// free; an empty lease when there is room to open another.
    func lend(to task: TaskObject, in vm: VM, _ granted: @escaping (DatabaseLease) -> Void) throws {
        guard !isClosed else { throw Self.closedError(shownURL) }
        if let lease = idle.popLast() {
            inUse += 1
            granted(lease)
            return
        }
        if size < maximum {
            size += 1
            inUse += 1
            granted(DatabaseLease(nil))
            return
        }
        let scheduler = vm.scheduler
        let wait = Wait(.primitive(self, operation: "a free connection (\(inUse)/\(maximum) in use)")) { [weak self] in
            guard let self, let index = self.waiting.firstIndex(where: { $0.task === task }) else { return }
            scheduler.timers.disarm(self.waiting[index].timer)
            self.waiting.remove(at: index)
        }
        try scheduler.suspend(task, wait)
        let seconds = Double(acquireTimeout) / 1e9
        let timer = scheduler.after(nanoseconds: acquireTimeout) { [weak self] in
            guard let self, let index = self.waiting.firstIndex(where: { $0.task === task }) else { return }
            self.waiting.remove(at: index)
            let message = "no connection of the pool \(self.shownURL) was free within \(Printer.formatFloat(seconds)) s (all \(self.maximum) in use)"
            scheduler.wake(task, .error(ErrorObject(kind: ErrorKind.timeoutError, message: message)))
        }
        waiting.append(Waiter(task: task, granted: granted, timer: timer))
    }

    /// A borrower is done with `lease`: the next waiter gets it, or it goes back to the idle ones.
    func giveBack(_ lease: DatabaseLease, in vm: VM) {
        inUse -= 1
        let usable = lease.connection != nil && !lease.isLost && !isClosed
        if !usable { size -= 1 }
        if let next = waiting.popFirst() {
            vm.scheduler.timers.disarm(next.timer)
            inUse += 1
            if usable {
                next.granted(lease)
            } else {
                size += 1
                next.granted(DatabaseLease(nil))
            }
        } else if usable {
            idle.append(lease)
        } else if let connection = lease.connection {
            Task { await connection.close() }
        }
        if inUse == 0 {
            let waitingToClose = closers
            closers = []
            for close in waitingToClose { close() }
        }
    }

    /// The highest `$n` in `sql`; the last statement's is kept, since a
    /// script usually runs one statement many times (a loop of selects).
    func highestPlaceholder(in sql: String) -> Int {
        if let memo = placeholderMemo, memo.sql == sql { return memo.highest }
        let highest = SQLPlaceholders.find(in: sql).map(\.number).max() ?? 0
        placeholderMemo = (sql, highest)
        return highest
    }

    private var placeholderMemo: (sql: String, highest: Int)?

    /// Counts the first connections (`min:`) before they are opened.
    func reserve(_ count: Int) { size += count }
    func shrink() { size -= 1 }

    var stats: Value {
        let map = MapObject()
        map.entries[.string("size")] = .int(size)
        map.entries[.string("idle")] = .int(idle.count)
        map.entries[.string("in_use")] = .int(inUse)
        map.entries[.string("waiting")] = .int(waiting.count)
        map.entries[.string("max")] = .int(maximum)
        return .object(map)
    }

    /// `close()`: no new borrowers; waiters get a `DbError`; once the connections
    /// in use come back, every connection closes.
    final class CloseOperation: AwaitableObject {
        private let pool: PoolObject

        init(_ pool: PoolObject) {
            self.pool = pool
            super.init(name: "db.close")
        }

        override func await(by task: TaskObject, in vm: VM) throws -> Value? {
            pool.isClosed = true
            while let waiter = pool.waiting.popFirst() {
                vm.scheduler.timers.disarm(waiter.timer)
                vm.scheduler.wake(waiter.task, .error(PoolObject.closedError(pool.shownURL).error))
            }
            let closeAll = { [pool] () throws in
                let connections = pool.idle.compactMap(\.connection)
                pool.idle = []
                pool.size = 0
                let backend = pool.backend
                try vm.startOperation(for: task, name: "db.close", detail: "close \(pool.shownURL)") {
                    for connection in connections { await connection.close() }
                    await backend.value?.close()
                    return .nil
                }
            }
            if pool.inUse == 0 {
                try closeAll()
                return nil
            }
            let wait = Wait(.primitive(pool, operation: "its statements in flight to finish"))
            try vm.scheduler.suspend(task, wait)
            pool.closers.append {
                do { try closeAll() } catch let error as ScriptError { vm.scheduler.wake(task, .error(error.error)) } catch {}
            }
            return nil
        }
    }

    static func closedError(_ url: String) -> ScriptError {
        ScriptError(ErrorKind.dbError, "the pool \(url) is closed; open another with db.open()")
    }
}
