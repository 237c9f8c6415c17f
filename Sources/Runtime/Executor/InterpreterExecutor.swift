import DequeModule
import Glibc

/// The one thread an interpreter runs on, as a Swift-concurrency executor:
/// the `EventLoop` actor's serial executor, and the task executor that native
/// async operations prefer, so their code before and after each `await` runs
/// here too. The thread has a large stack (the parser, resolver and compiler
/// recurse per nesting level; callbacks from builtins nest VM loops).
///
/// Two facets, as `../shared/notes/swift-runtime-findings.md` found necessary:
/// the task-executor jobs run with `runSynchronously(on:)`; the serial facet's
/// jobs run isolated to the serial executor, with this as their task executor.
final class InterpreterExecutor: TaskExecutor, @unchecked Sendable {
    // @unchecked Sendable: the queue is thread-safe; `thread` is set once, in init.
    private let jobs = HandoffQueue<(job: UnownedJob, isolated: Bool)>()
    /// Whether the jobs run on a thread of the executor's own, or on a caller's that drains them (`runJobs(until:)`).
    let hasOwnThread: Bool
    // @exclusivity(unchecked): see "Exclusivity" in Sources/Runtime/README.md.
    @exclusivity(unchecked) private var thread = pthread_t()
    let serial: SerialFacet

    /// Starts the thread with a stack of `stackSize` bytes (`Limits.nativeStackSize`).
    init(stackSize: Int) {
        serial = SerialFacet()
        hasOwnThread = true
        serial.owner = self
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        pthread_attr_setstacksize(&attributes, stackSize)
        // Detached: nobody joins it, and a joinable thread that ended keeps its
        // stack mapped, so a process that makes tens of thousands of
        // interpreters (`explore`) would run out of mappings.
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        let context = Unmanaged.passRetained(self).toOpaque()
        let status = pthread_create(&thread, &attributes, runExecutorThread, context)
        pthread_attr_destroy(&attributes)
        if status != 0 {
            Unmanaged<InterpreterExecutor>.fromOpaque(context).release()
            fatalError("could not start an interpreter's thread: \(String(cString: strerror(status)))")
        }
    }

    /// An executor without a thread: whoever calls `runJobs(until:)` runs its
    /// jobs. Many short runs one after another (`explore`) share one, on a
    /// thread with a large stack, instead of starting a thread each.
    init(drainedByCaller: Void) {
        serial = SerialFacet()
        hasOwnThread = false
        serial.owner = self
    }

    func enqueue(_ job: consuming ExecutorJob) {
        push(UnownedJob(job), isolated: false)
    }

    fileprivate func push(_ job: UnownedJob, isolated: Bool) {
        jobs.push((job, isolated))
    }

    /// Whether a job waits to run: a busy event loop checks between rounds
    /// and steps aside for it (the end of a native operation, a host's call).
    var hasWaitingJobs: Bool { !jobs.isEmpty }

    /// Ends the thread once the queued jobs have run.
    func stop() {
        jobs.close()
    }

    fileprivate func runJobs() {
        while let next = jobs.pop() { run(next) }
    }

    /// Runs jobs on the calling thread until `done()` (an executor drained by its caller).
    func runJobs(until done: () -> Bool) {
        precondition(!hasOwnThread, "only an executor without a thread of its own is drained by a caller")
        while !done(), let next = jobs.pop() { run(next) }
    }

    private func run(_ next: (job: UnownedJob, isolated: Bool)) {
        if next.isolated {
            next.job.runSynchronously(isolatedTo: serial.asUnownedSerialExecutor(), taskExecutor: asUnownedTaskExecutor())
        } else {
            next.job.runSynchronously(on: asUnownedTaskExecutor())
        }
    }

    /// The serial-executor facet: actor jobs of the `EventLoop`.
    final class SerialFacet: SerialExecutor, @unchecked Sendable {
        // @unchecked Sendable: `owner` is set once, before any job is enqueued.
        // unowned(unsafe): the executor owns this facet, so it is alive whenever the facet is used.
        @exclusivity(unchecked) fileprivate unowned(unsafe) var owner: InterpreterExecutor?

        func enqueue(_ job: consuming ExecutorJob) {
            owner!.push(UnownedJob(job), isolated: true)
        }

        func asUnownedSerialExecutor() -> UnownedSerialExecutor {
            UnownedSerialExecutor(ordinary: self)
        }
    }
}

private func runExecutorThread(_ context: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
    let executor = Unmanaged<InterpreterExecutor>.fromOpaque(context!).takeRetainedValue()
    executor.runJobs()
    return nil
}
