/// How a child process ended, as the golden runner needs to know it.
enum ChildEnding: Equatable {
    /// It called `exit` with this status.
    case exited(Int32)
    /// A signal killed it (a crash, or someone else's `kill`).
    case signaled(Int32)
    /// It ran past its time limit, so the runner killed it.
    case timedOut(after: Duration)
    /// `posix_spawn` failed, so it never ran.
    case couldNotStart(SystemError)

    /// Decodes a `waitpid` status word (the `WIFEXITED`/`WTERMSIG` macros are not visible to Swift).
    init(waitStatus status: Int32) {
        let signal = status & 0x7F
        self = signal == 0 ? .exited((status >> 8) & 0xFF) : .signaled(signal)
    }
}
