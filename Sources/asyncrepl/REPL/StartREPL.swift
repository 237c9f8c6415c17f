/// Runs the interactive REPL until the user leaves it, returning the exit status.
///
/// A stand-in until the REPL is built: it says so and fails as a usage error.
func startREPL() -> Int32 {
    StandardStream.error.write(
        "asyncrepl: the interactive REPL is not built yet; use 'asyncrepl run FILE' or 'asyncrepl -e CODE'\n")
    return ExitStatus.usageError
}
