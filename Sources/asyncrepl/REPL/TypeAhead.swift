import Glibc

/// Keys typed while an entry runs. The terminal would echo them wherever the
/// cursor is (into the entry's output, or before the next prompt), so the echo
/// is off while an entry runs; the keys stay queued and appear on the next
/// prompt's line when the line editor reads them. Ctrl-C still interrupts.
enum TypeAhead {
    /// Runs `body` with the terminal's echo off, restoring the terminal after.
    static func withoutEcho<T>(_ body: () -> T) -> T {
        var saved = termios()
        guard tcgetattr(0, &saved) == 0 else { return body() }
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO | ECHONL)
        tcsetattr(0, TCSANOW, &quiet)
        defer { tcsetattr(0, TCSANOW, &saved) }
        return body()
    }
}
