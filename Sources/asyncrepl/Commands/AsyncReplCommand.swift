import ArgumentParser

/// The root command: `asyncrepl -e CODE`, the `run` and `test` subcommands, or
/// with no arguments the interactive REPL.
struct AsyncReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "asyncrepl",
        abstract: "AsyncLang: run scripts, test them against their golden comments, or explore in the REPL.",
        usage: """
            asyncrepl [--virtual] [--seed <n>]          (the interactive REPL)
            asyncrepl -e <code> [--virtual] [--seed <n>]
            asyncrepl run <file> [--virtual] [--seed <n>]
            asyncrepl test <path> ... [--jobs <n>] [--timeout <seconds>] [--verbose]
            asyncrepl explore <file> [--runs <n>] [--exhaustive] [--pct --depth <d>]
            asyncrepl replay <file> --schedule <choices>
            asyncrepl httpbin [--port <port>] [--host <host>]
            """,
        discussion: "Exit status: 0 on success, 1 when a script fails, 2 for a usage error or an unreadable file.",
        version: asyncreplVersion,
        subcommands: [RunCommand.self, TestCommand.self, ExploreCommand.self, ReplayCommand.self, HTTPBinCommand.self]
    )

    @Option(
        name: .customShort("e"), parsing: .unconditional,
        help: ArgumentHelp("Run CODE as a script (named <-e> in error reports).", valueName: "code"))
    var code: String?

    @OptionGroup var options: ScriptOptions

    func run() throws {
        if let code {
            ScriptExecution.run(Array(code.utf8), displayName: "<-e>", options: options)
        } else {
            let status = startREPL(options)
            if status != ExitStatus.success { throw ExitCode(status) }
        }
    }
}
