import CEditLine
import Glibc
import Runtime

/// Turns SIGINT (Ctrl-C) into a call on a thread of its own: the C signal
/// handler only writes a byte to a pipe, and this thread reads it and runs
/// `onInterrupt`, which decides what Ctrl-C means at that moment. `stop()`
/// puts SIGINT back as it was and ends the thread.
final class InterruptWatcher: @unchecked Sendable {
    // @unchecked Sendable: everything is set before the thread starts; `stop` joins it.
    private let onInterrupt: @Sendable () -> Void
    private var thread = pthread_t()
    private let readEnd: Int32
    private let writeEnd: Int32
    private var stopped = false

    init(onInterrupt: @escaping @Sendable () -> Void) {
        self.onInterrupt = onInterrupt
        var fds: [Int32] = [-1, -1]
        pipe(&fds)
        (readEnd, writeEnd) = (fds[0], fds[1])
        cel_install_sigint(writeEnd)
        let context = Unmanaged.passRetained(self).toOpaque()
        pthread_create(&thread, nil, { context in
            Unmanaged<InterruptWatcher>.fromOpaque(context!).takeRetainedValue().watch()
            return nil
        }, context)
    }

    /// Ctrl-C goes back to what it did before, and the thread ends.
    func stop() {
        guard !stopped else { return }
        stopped = true
        cel_uninstall_sigint()
        close(writeEnd)  // the thread reads the end of the pipe and returns
        pthread_join(thread, nil)
        close(readEnd)
    }

    private func watch() {
        var byte: UInt8 = 0
        while true {
            let count = read(readEnd, &byte, 1)
            if count == 1 {
                onInterrupt()
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                return
            }
        }
    }

    /// A Ctrl-C while cleanup runs (say a `finally` block that hangs): leave at once.
    static func leaveWithoutCleanup() -> Never {
        cel_restore_terminal()
        StandardStream.error.write("\nasyncrepl: interrupted while cleaning up; leaving without waiting for it\n")
        exit(Interpreter.interruptedStatus)
    }
}
