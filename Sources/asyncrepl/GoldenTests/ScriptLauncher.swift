/// The command line that runs one golden script: this very binary,
/// `/proc/self/exe run FILE --virtual ARGS...`. Tests put a stand-in program
/// (a shell script that mimics an interpreter) in its place.
struct ScriptLauncher {
    /// The program and any leading arguments; `run FILE ...` follows them.
    var program: [String]

    static let currentExecutable = ScriptLauncher(program: ["/proc/self/exe"])

    func command(running path: String, expecting expectations: GoldenExpectations) -> [String] {
        let clock = expectations.usesRealClock ? [] : ["--virtual"]
        let time = expectations.finalTime == nil ? [] : ["--report-time"]
        // `-x.aw` would read as a flag, and `-` as standard input.
        let file = path.hasPrefix("-") ? "./" + path : path
        return program + ["run", file] + clock + time + expectations.arguments
    }
}
