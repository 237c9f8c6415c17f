import Foundation
import Testing

/// Runs each test of a suite on threads of its own instead of the cooperative
/// pool. These tests block while they wait (for child processes, a terminal,
/// real time); on 2 cores the pool has 2 threads, and a blocked pool starves
/// the async tests and the interpreters' native operations running beside them.
struct OwnThreadsTrait: SuiteTrait, TestTrait, TestScoping {
    var isRecursive: Bool { true }

    func scopeProvider(for test: Test, testCase: Test.Case?) -> Self? {
        testCase == nil ? nil : self
    }

    func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        try await withTaskExecutorPreference(ThreadPerJobExecutor.shared) { try await function() }
    }
}

extension Trait where Self == OwnThreadsTrait {
    /// Each test runs on its own threads, never blocking the cooperative pool.
    static var onOwnThreads: Self { Self() }
}

/// A task executor that runs every job it gets on a new thread.
final class ThreadPerJobExecutor: TaskExecutor {
    static let shared = ThreadPerJobExecutor()

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let thread = Thread { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
        thread.stackSize = 8 << 20
        thread.start()
    }
}
