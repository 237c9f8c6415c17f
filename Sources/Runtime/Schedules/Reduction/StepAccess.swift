/// A piece of shared state one scheduler step can touch. Two steps of different
/// tasks are dependent (their order can matter) when one writes what the other
/// reads or writes; independent steps can be swapped without changing anything.
struct SharedResource: Hashable {
    enum Kind: UInt8 {
        /// A global variable, by its index.
        case global
        /// A heap object (a list, map, box, task, lock, queue…), by the name the
        /// tracker gave it (`AccessTracker.name(of:)`); `field` is a member name
        /// id, or `wholeObject`.
        case object
        /// Standard output, which every `print` writes.
        case output
        /// The random number generator scripts share.
        case random
    }

    let kind: Kind
    let id: Int32
    let field: Int32

    static let wholeObject: Int32 = -1

    static func global(_ index: Int) -> SharedResource { SharedResource(kind: .global, id: Int32(truncatingIfNeeded: index), field: 0) }
    static func object(_ name: Int32, field: Int32 = wholeObject) -> SharedResource {
        SharedResource(kind: .object, id: name, field: field)
    }
    static let output = SharedResource(kind: .output, id: 0, field: 0)
    static let random = SharedResource(kind: .random, id: 0, field: 0)

    /// Whether the two name the same state: equal, or a whole object and one of its fields.
    func overlaps(_ other: SharedResource) -> Bool {
        kind == other.kind && id == other.id && fieldsOverlap(other)
    }

    func fieldsOverlap(_ other: SharedResource) -> Bool {
        field == other.field || field == Self.wholeObject || other.field == Self.wholeObject
    }
}

/// What one scheduler step did: which task ran, what shared state it read and
/// wrote, and what made it possible (the step that spawned or woke its task).
struct StepEvent {
    /// The task that ran (its id: spawn order, the same in every run up to here).
    let task: Int
    /// The task's place in the spawn tree (`AccessTracker`).
    let lineage: [Int]
    /// The ready tasks when it was picked, in queue order, and which of them it was.
    let ready: [Int]
    /// Which stretch between barriers it ran in: every step after the virtual
    /// clock moved, or after a deadlock was found, happens after every step
    /// before (both happen only when nothing is ready).
    let epoch: Int
    /// The step that spawned or woke this task, when a step did.
    let cause: Int?
    var reads: Set<SharedResource> = []
    var writes: Set<SharedResource> = []
    /// The step ends the program or looks at every task (`all_tasks()`): it
    /// depends on every other step.
    var touchesEverything = false
    /// Which waiter it woke, each time its step woke one of several (a lock,
    /// a semaphore, a queue): part of what the step did, so of its class.
    var wakes: [WakeChoice] = []

    /// Whether this step and `other` (of another task) can give different
    /// results in the other order. `sameObject` says whether two object names
    /// denote one object (names from two runs agree only up to a point).
    func conflicts(with other: StepEvent, sameObject: (Int32, Int32) -> Bool = { $0 == $1 }) -> Bool {
        if touchesEverything || other.touchesEverything { return true }
        func clash(_ writes: Set<SharedResource>, _ touched: Set<SharedResource>) -> Bool {
            writes.contains { written in
                touched.contains { other in
                    written.kind == .object
                        ? other.kind == .object && sameObject(written.id, other.id) && written.fieldsOverlap(other)
                        : written.overlaps(other)
                }
            }
        }
        return clash(writes, other.reads) || clash(writes, other.writes) || clash(other.writes, reads)
    }
}

/// One choice of which of `count` waiters a step woke: `picked`, in waiting order.
struct WakeChoice: Equatable {
    let picked: Int
    let count: Int
}
