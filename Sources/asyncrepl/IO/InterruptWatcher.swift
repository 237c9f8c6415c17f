import CEditLine
import Glibc

/// Turns SIGINT (Ctrl-C) into a call on a thread of its own: the C signal
/// handler only writes a byte to a pipe, and this thread reads it and runs
/// `onInterrupt`, which decides what Ctrl-C means at that moment.
final class InterruptWatcher: @unchecked Sendable {
    // @unchecked Sendable: `onInterrupt` is set once before the thread starts.
    private let onInterrupt: @Sendable () -> Void
    private var thread = pthread_t()
    private let readEnd: Int32

    init(onInterrupt: @escaping @Sendable () -> Void) {
        self.onInterrupt = onInterrupt
        var fds: [Int32] = [0, 0]
        pipe(&fds)
        readEnd = fds[0]
        cel_install_sigint(fds[1])
        let context = Unmanaged.passRetained(self).toOpaque()
        pthread_create(&thread, nil, { context in
            let watcher = Unmanaged<InterruptWatcher>.fromOpaque(context!).takeRetainedValue()
            watcher.watch()
            return nil
        }, context)
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
}
