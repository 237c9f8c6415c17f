/// The exit statuses of `asyncrepl`, the same for every command.
enum ExitStatus {
    static let success: Int32 = 0
    /// The script failed (an uncaught error or a compile error), or a golden test failed.
    static let scriptError: Int32 = 1
    /// The command line was wrong, or a file named on it could not be read.
    static let usageError: Int32 = 2
}
