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
    // @unchecked Sendable: the job queue and flags are only touched under `mutex`.

    // @exclusivity(unchecked) in this file: see "Exclusivity" in Sources/Runtime/README.md.
    @exclusivity(unchecked) private var mutex = pthread_mutex_t()
    @exclusivity(unchecked) private var condition = pthread_cond_t()
    @exclusivity(unchecked) private var jobs = Deque<(job: UnownedJob, isolated: Bool)>()
    @exclusivity(unchecked) private var stopping = false
    @exclusivity(unchecked) private var thread = pthread_t()
    let serial: SerialFacet

    /// Starts the thread with a stack of `stackSize` bytes (`Limits.nativeStackSize`).
    init(stackSize: Int) {
        serial = SerialFacet()
        pthread_mutex_init(&mutex, nil)
        pthread_cond_init(&condition, nil)
        serial.owner = self
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        pthread_attr_setstacksize(&attributes, stackSize)
        let context = Unmanaged.passRetained(self).toOpaque()
        pthread_create(&thread, &attributes, runExecutorThread, context)
        pthread_attr_destroy(&attributes)
    }

    func enqueue(_ job: consuming ExecutorJob) {
        push(UnownedJob(job), isolated: false)
    }

    fileprivate func push(_ job: UnownedJob, isolated: Bool) {
        pthread_mutex_lock(&mutex)
        jobs.append((job, isolated))
        pthread_cond_signal(&condition)
        pthread_mutex_unlock(&mutex)
    }

    /// Ends the thread once the queued jobs have run.
    func stop() {
        pthread_mutex_lock(&mutex)
        stopping = true
        pthread_cond_signal(&condition)
        pthread_mutex_unlock(&mutex)
    }

    fileprivate func runJobs() {
        while true {
            pthread_mutex_lock(&mutex)
            while jobs.isEmpty && !stopping { pthread_cond_wait(&condition, &mutex) }
            guard let next = jobs.popFirst() else {
                pthread_mutex_unlock(&mutex)
                return
            }
            pthread_mutex_unlock(&mutex)
            if next.isolated {
                next.job.runSynchronously(
                    isolatedTo: serial.asUnownedSerialExecutor(), taskExecutor: asUnownedTaskExecutor())
            } else {
                next.job.runSynchronously(on: asUnownedTaskExecutor())
            }
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
