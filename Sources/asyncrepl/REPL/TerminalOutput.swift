import Glibc
import Runtime
import Synchronization

/// Where the interpreter's output goes in the REPL: straight to the terminal
/// while an entry runs; while the prompt waits, into a queue that the line
/// editor prints above the line being edited.
final class TerminalOutput: Sendable {
    private struct State {
        var isPrompting = false
        var pending: [(fd: Int32, text: String)] = []
    }

    private let state = Mutex(State())
    /// Told when output is queued during the prompt (set once the editor exists).
    private let onQueued = Mutex<(@Sendable () -> Void)?>(nil)

    var standardOutput: OutputSink { sink(fd: 1) }
    var standardError: OutputSink { sink(fd: 2) }

    private func sink(fd: Int32) -> OutputSink {
        OutputSink { [self] text in write(text, to: fd) }
    }

    func notifyWhenQueued(_ notify: @escaping @Sendable () -> Void) {
        onQueued.withLock { $0 = notify }
    }

    var isPrompting: Bool { state.withLock { $0.isPrompting } }

    /// The prompt is shown (true) or an entry is about to run (false).
    func setPrompting(_ prompting: Bool) {
        state.withLock { $0.isPrompting = prompting }
    }

    /// Output queued while the prompt was shown, in order.
    func takePending() -> [(fd: Int32, text: String)] {
        state.withLock { state in
            defer { state.pending = [] }
            return state.pending
        }
    }

    private func write(_ text: String, to fd: Int32) {
        let queued = state.withLock { state -> Bool in
            guard state.isPrompting else { return false }
            state.pending.append((fd, text))
            return true
        }
        if queued {
            onQueued.withLock { $0 }?()
        } else {
            writeAll(fd, text)
        }
    }
}
