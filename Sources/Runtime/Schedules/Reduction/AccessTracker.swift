/// Records, for each scheduler step, the shared state it read and wrote, so an
/// exhaustive exploration can skip schedules that only swap independent steps.
/// Exists only in such runs: the VM checks for it once per instruction and
/// otherwise pays nothing else.
///
/// What counts as shared: globals, boxes (variables closures captured), and
/// heap objects that can change (lists, maps, tasks, locks, queues…), each
/// named by the order the tracker first saw it, which is the same in every run
/// that made the same choices so far. Reading a field is a read of that field;
/// calling a method on an object, passing it to a builtin or awaiting it is a
/// write of the whole object (the builtin may change it). `print` writes the
/// output, the random builtins the generator; ending the program and
/// `all_tasks()` depend on every step.
///
/// @unchecked Sendable: one run's interpreter fills it, and it is read after the run ends.
final class AccessTracker: @unchecked Sendable {
    /// What to call things when steps are shown (`:step`); an exploration's tracker keeps none.
    let labels: AccessLabels?
    private(set) var events: [StepEvent] = []
    private var current: StepEvent?
    /// The step that spawned or woke each task (by id) since its last step.
    private var causes: [Int: Int] = [:]
    private(set) var epoch = 0
    private var names: [ObjectIdentifier: Named] = [:]
    private var namesGiven: Int32 = 0
    /// A name and the object it was given to: when that object is gone, its
    /// address may come back as another object, which gets a name of its own.
    private struct Named {
        let name: Int32
        weak var object: AnyObject?
    }
    /// Each task's place in the spawn tree (the main task [], its second child
    /// [1]…): the same for the same task in every equivalent run, unlike ids.
    private var lineage: [Int: [Int]] = [:]
    private var childrenSpawned: [Int: Int] = [:]
    /// How many object names were given before each step began.
    private(set) var namesBefore: [Int32] = []

    var nameCount: Int32 { namesGiven }

    init(describes: Bool = false) {
        labels = describes ? AccessLabels() : nil
    }

    /// A global was set to `value`: an object it holds is called by the global's name.
    func holds(_ value: Value, global index: Int) {
        guard let labels, let object = Self.isShared(value) else { return }
        labels.name(name(of: object), afterGlobal: index)
    }

    // MARK: Steps

    /// The scheduler picked `task` among `ready`: a new step begins.
    func begin(task: Int, ready: [Int]) {
        finish()
        namesBefore.append(nameCount)
        current = StepEvent(
            task: task, lineage: lineage[task] ?? [], ready: ready, epoch: epoch, cause: causes.removeValue(forKey: task))
    }

    /// Closes the step that is running, if any.
    func finish() {
        guard let step = current else { return }
        current = nil
        step.reads.compact()
        step.writes.compact()
        events.append(step)
    }

    /// The step running now woke one of several waiters; false outside a step.
    func woke(_ choice: WakeChoice) -> Bool {
        guard let current else { return false }
        current.wakes.append(choice)
        return true
    }

    /// Wake choices the step running now has made so far.
    var wakesInStep: Int { current?.wakes.count ?? 0 }

    /// The step running now (its index once finished).
    private var currentIndex: Int? { current == nil ? events.indices.last : events.count }

    /// A task was spawned or woken: its next step happens after the one running now.
    func enabled(task: Int) {
        if let index = currentIndex { causes[task] = index }
    }

    /// A task was spawned by the step running now (or by the runtime).
    func spawned(task: Int) {
        let parent = current?.task ?? -1
        let index = childrenSpawned[parent, default: 0]
        childrenSpawned[parent] = index + 1
        lineage[task] = parent == -1 && index == 0 ? [] : (lineage[parent] ?? [-1]) + [index]
        enabled(task: task)
    }

    /// Nothing was ready any more (the virtual clock moves on, or a deadlock is
    /// found): every later step comes after every earlier one.
    func barrier() {
        epoch += 1
    }

    // MARK: Accesses

    func read(_ resource: SharedResource) { current?.reads.insert(resource) }
    func write(_ resource: SharedResource) { current?.writes.insert(resource) }

    /// Ending the program or listing every task: dependent with every step.
    /// Between steps (the runtime cancelling leftovers) it counts for the last step.
    func touchEverything() {
        (current ?? events.last)?.touchesEverything = true
    }

    /// The name of a heap object, given in the order first seen.
    func name(of object: AnyObject) -> Int32 {
        let key = ObjectIdentifier(object)
        if let known = names[key], known.object === object { return known.name }
        let fresh = namesGiven
        namesGiven += 1
        names[key] = Named(name: fresh, object: object)
        labels?.label(object, name: fresh)
        return fresh
    }

    /// Whether a value is an object whose contents can change (a string or a function cannot).
    @inline(__always) static func isShared(_ value: Value) -> Obj? {
        guard case .object(let object) = value else { return nil }
        switch object.kind {
        case .list, .map, .box, .native, .task, .awaitable, .generator, .coroutine: return object
        case .string, .closure, .error, .range, .boundMethod, .functionProto, .nativeFunction, .iterator: return nil
        }
    }

    /// An object is stored or passed on: it gets its name now, in the step that
    /// made it shareable, so every run that made the same choices names it alike.
    func see(_ value: Value) {
        if let object = Self.isShared(value) { _ = name(of: object) }
    }

    /// Runtime state that several tasks' steps change (a gather's count of children left).
    func see(_ object: AnyObject) {
        _ = name(of: object)
    }

    func readValue(_ value: Value) {
        if let object = Self.isShared(value) { read(.object(name(of: object))) }
    }

    func writeValue(_ value: Value) {
        if let object = Self.isShared(value) { write(.object(name(of: object))) }
    }

    /// One element of a list or map (`xs[2]`, `m["k"]`, `m.k`), or the whole
    /// object when the key says nothing precise (a negative index).
    func readElement(_ value: Value, key: Int32) {
        if let object = Self.isShared(value) { read(.object(name(of: object), field: key)) }
    }

    func writeElement(_ value: Value, key: Int32) {
        if let object = Self.isShared(value) { write(.object(name(of: object), field: key)) }
    }

    /// The field of an index: a list position, or a map key (a string, the same
    /// for `m["k"]` and `m.k`); other keys stand for the whole object. Equal
    /// keys give equal fields; different keys may rarely share one (a hash),
    /// which only makes two steps look dependent.
    func field(for key: Value) -> Int32 {
        switch key {
        case .int(let index) where index >= 0:
            let field = Int32(clamping: index)
            labels?.label(field: field, "[\(index)]")
            return field
        case .object(let object) where object.kind == .string:
            return field(named: unsafeDowncast(object, to: StringObject.self).value)
        default: return SharedResource.wholeObject
        }
    }

    func field(named name: String) -> Int32 {
        var hasher = Hasher()
        hasher.combine(name)
        let field = Int32.min | Int32(truncatingIfNeeded: hasher.finalize() & 0x3fff_ffff)
        labels?.label(field: field, "." + name)
        return field
    }
}
