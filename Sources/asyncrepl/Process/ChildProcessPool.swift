import Glibc

/// Runs many child processes, at most `maxRunning` at a time, each with a time
/// limit, from one thread: a single `poll` loop reads every running child's
/// pipes as they fill, notices exits and enforces deadlines.
///
/// Children finish in any order; `run` reports each one as it finishes, with
/// the index of its command, and leaves ordering to the caller.
struct ChildProcessPool {
    let maxRunning: Int
    let timeout: Duration

    /// Upper bound on one `poll` wait, so an exit is noticed even when a
    /// grandchild still holds the child's pipes open.
    private static let longestWait: Duration = .milliseconds(100)

    private struct RunningChild {
        let index: Int
        let process: ChildProcess
        let deadline: ContinuousClock.Instant
    }

    /// Runs `commands` (each an argv whose first element is the program's path)
    /// and calls `finished` once per command.
    func run(_ commands: [[String]], finished: (_ index: Int, _ outcome: ChildOutcome) -> Void) {
        var waiting = commands.indices.reversed() as [Int]
        var running: [RunningChild] = []
        while !waiting.isEmpty || !running.isEmpty {
            while running.count < maxRunning, let index = waiting.popLast() {
                switch start(commands[index], index: index) {
                case .success(let child): running.append(child)
                case .failure(let error):
                    finished(index, ChildOutcome(stdout: [], stderr: [], ending: .couldNotStart(error)))
                }
            }
            waitForActivity(in: running)
            running.removeAll { child in
                guard let outcome = progress(child) else { return false }
                finished(child.index, outcome)
                return true
            }
        }
    }

    private func start(_ command: [String], index: Int) -> Result<RunningChild, SystemError> {
        do {
            let process = try ChildProcess(arguments: command)
            return .success(RunningChild(index: index, process: process, deadline: .now + timeout))
        } catch {
            return .failure(error)
        }
    }

    /// Reads what `child` wrote; returns its outcome once it has exited or timed out.
    private func progress(_ child: RunningChild) -> ChildOutcome? {
        let process = child.process
        process.stdout.drain()
        process.stderr.drain()
        let ending: ChildEnding
        if let exited = process.reapIfExited() {
            process.stdout.drain()  // whatever it wrote just before exiting
            process.stderr.drain()
            ending = exited
        } else if ContinuousClock.now >= child.deadline {
            process.kill()
            ending = .timedOut(after: timeout)
        } else {
            return nil
        }
        process.closePipes()
        return ChildOutcome(stdout: process.stdout.bytes, stderr: process.stderr.bytes, ending: ending)
    }

    /// Blocks until a pipe is readable or closed, the nearest deadline passes, or `longestWait` elapses.
    private func waitForActivity(in running: [RunningChild]) {
        guard let nearestDeadline = running.map(\.deadline).min() else { return }
        var descriptors: [pollfd] = running.flatMap { child in
            [child.process.stdout.fileDescriptor, child.process.stderr.fileDescriptor]
                .filter { $0 >= 0 }
                .map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        }
        // A child whose pipes are both closed is about to be reapable: only glance.
        let allPipesClosed = running.contains { !$0.process.stdout.isOpen && !$0.process.stderr.isOpen }
        let wait = allPipesClosed ? .milliseconds(1) : min(nearestDeadline - .now, Self.longestWait)
        _ = poll(&descriptors, nfds_t(descriptors.count), Self.milliseconds(wait))
    }

    private static func milliseconds(_ duration: Duration) -> Int32 {
        let (seconds, attoseconds) = duration.components
        guard seconds >= 0 && attoseconds >= 0 else { return 0 }
        return Int32(min(seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1, Int64(Int32.max)))
    }
}
