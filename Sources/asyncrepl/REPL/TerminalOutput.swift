import Runtime
import Synchronization

/// What the REPL's other threads hand to the prompt: the interpreter's output
/// goes straight to the terminal while an entry runs, and while the prompt
/// waits it is queued, with any Ctrl-C, for the line editor to take (it prints
/// the output above the line being edited). Deciding under one lock whether the
/// prompt is up is what keeps output in order and sends each Ctrl-C to exactly
/// one place.
final class TerminalOutput: Sendable {
    private struct State {
        var isPrompting = false
        var pending: [(stream: StandardStream, text: String)] = []
        var interrupted = false
    }

    private let state = Mutex(State())
    /// Pokes the line editor when something is queued for it.
    private let wake: WakePipe

    init(wake: WakePipe) {
        self.wake = wake
    }

    var standardOutput: OutputSink { sink(.output) }
    var standardError: OutputSink { sink(.error) }

    private func sink(_ stream: StandardStream) -> OutputSink {
        OutputSink { [self] text in write(text, to: stream) }
    }

    /// The prompt is shown (true), or it is gone and an entry is about to run
    /// (false): then what was queued and not shown yet is written first.
    func setPrompting(_ prompting: Bool) {
        state.withLock { state in
            state.isPrompting = prompting
            guard !prompting else { return }
            for piece in state.pending { piece.stream.write(piece.text) }
            state.pending = []
            state.interrupted = false  // a Ctrl-C racing Enter: the entry has not started, so there is nothing to stop
        }
    }

    /// Ctrl-C: at the prompt, queued for the line editor (which abandons the
    /// line); otherwise `duringEntry` runs.
    func interrupt(duringEntry: () -> Void) {
        let queued = state.withLock { state -> Bool in
            guard state.isPrompting else {
                duringEntry()
                return false
            }
            state.interrupted = true
            return true
        }
        if queued { wake.poke() }
    }

    /// What the prompt has to show: the output queued while it waited, in order, and whether Ctrl-C was pressed.
    func takeQueued() -> PromptEvents {
        state.withLock { state in
            defer {
                state.pending = []
                state.interrupted = false
            }
            return PromptEvents(output: state.pending, interrupted: state.interrupted)
        }
    }

    private func write(_ text: String, to stream: StandardStream) {
        let queued = state.withLock { state -> Bool in
            guard state.isPrompting else {
                stream.write(text)
                return false
            }
            state.pending.append((stream, text))
            return true
        }
        if queued { wake.poke() }
    }
}

/// What happened while the prompt waited.
struct PromptEvents {
    var output: [(stream: StandardStream, text: String)]
    var interrupted: Bool
}
