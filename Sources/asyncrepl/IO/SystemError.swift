import Glibc

/// A failed system call's `errno`, described the way the C library says it
/// (`No such file or directory`, `Is a directory`).
struct SystemError: Error, Equatable {
    let code: Int32

    /// The `errno` left by the system call that just failed.
    static func current() -> SystemError {
        SystemError(code: errno)
    }

    var reason: String {
        String(cString: strerror(code))
    }
}
