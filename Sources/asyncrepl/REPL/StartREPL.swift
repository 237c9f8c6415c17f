import Glibc

/// Runs the REPL until the user leaves it, returning the exit status: the
/// interactive one on a terminal, a plain session when input is piped.
func startREPL(_ options: ScriptOptions) -> Int32 {
    guard isatty(0) == 1 else { return PlainSession(options: options).run() }
    useUTF8Locale()
    return REPLSession(options: options).run()
}

/// libedit drops multibyte input unless the C library's locale is UTF-8.
private func useUTF8Locale() {
    if let current = setlocale(LC_CTYPE, ""), String(cString: current).uppercased().contains("UTF-8") { return }
    setlocale(LC_CTYPE, "C.UTF-8")
}
