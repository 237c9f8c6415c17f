/// A piece of shared state one scheduler step can touch. Two steps of different
/// tasks are dependent (their order can matter) when one writes what the other
/// reads or writes; independent steps can be swapped without changing anything.
struct SharedResource: Comparable {
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

    static func < (a: SharedResource, b: SharedResource) -> Bool {
        (a.kind.rawValue, a.id, a.field) < (b.kind.rawValue, b.id, b.field)
    }
}

/// The shared state one step read (or wrote), each piece once. Appending is
/// all a step pays as it runs; duplicates go now and then, in a sort, so a
/// step that reads one global a million times keeps one entry, and a step
/// that touches a few things (most do) never hashes anything.
struct ResourceSet {
    private(set) var items: [SharedResource] = []
    private var compactAt = 16

    var isEmpty: Bool { items.isEmpty }

    mutating func insert(_ resource: SharedResource) {
        if items.last == resource { return }
        items.append(resource)
        if items.count >= compactAt {
            compact()
            compactAt = max(16, items.count * 2)
        }
    }

    /// Sorted, without duplicates.
    mutating func compact() {
        guard items.count > 1 else { return }
        items.sort()
        var kept = 1
        for i in 1..<items.count where items[i] != items[kept - 1] {
            items[kept] = items[i]
            kept += 1
        }
        items.removeLast(items.count - kept)
    }
}

/// What one scheduler step did: which task ran, what shared state it read and
/// wrote, and what made it possible (the step that spawned or woke its task).
/// Filled in while its step runs; a class, so the search's many holders of a
/// finished step (states, sleep sets) share it instead of copying it.
final class StepEvent {
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
    // @exclusivity(unchecked): see "Exclusivity" in Sources/Runtime/README.md.
    @exclusivity(unchecked) var reads = ResourceSet()
    @exclusivity(unchecked) var writes = ResourceSet()
    /// The step ends the program or looks at every task (`all_tasks()`): it
    /// depends on every other step.
    @exclusivity(unchecked) var touchesEverything = false
    /// Which waiter it woke, each time its step woke one of several (a lock,
    /// a semaphore, a queue): part of what the step did, so of its class.
    @exclusivity(unchecked) var wakes: [WakeChoice] = []

    init(task: Int, lineage: [Int], ready: [Int], epoch: Int, cause: Int?) {
        self.task = task
        self.lineage = lineage
        self.ready = ready
        self.epoch = epoch
        self.cause = cause
    }

    /// Whether this step and `other` (of another task) can give different
    /// results in the other order. `sameObject` says whether two object names
    /// denote one object (names from two runs agree only up to a point).
    func conflicts(with other: StepEvent, sameObject: (Int32, Int32) -> Bool = { $0 == $1 }) -> Bool {
        if touchesEverything || other.touchesEverything { return true }
        if writes.isEmpty && other.writes.isEmpty { return false }
        func clash(_ writes: ResourceSet, _ touched: ResourceSet) -> Bool {
            for written in writes.items {
                for other in touched.items where other.kind == written.kind {
                    if written.kind == .object {
                        if sameObject(written.id, other.id) && written.fieldsOverlap(other) { return true }
                    } else if written.overlaps(other) {
                        return true
                    }
                }
            }
            return false
        }
        return clash(writes, other.reads) || clash(writes, other.writes) || clash(other.writes, reads)
    }
}

/// One choice of which of `count` waiters a step woke: `picked`, in waiting order.
struct WakeChoice: Equatable {
    let picked: Int
    let count: Int
}
