import ArgumentParser
import Glibc

/// The entry point. It parses the command line itself, rather than calling
/// `AsyncReplCommand.main()`, to keep asyncrepl's exit statuses: 0 for help and
/// version (printed to stdout), 2 for any usage error (ArgumentParser would use
/// 64), and otherwise the status the command chose.
@main
enum AsyncReplMain {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let command: ParsableCommand
        do { command = try AsyncReplCommand.parseAsRoot(arguments) } catch {
            if let hint = unknownCommandHint(arguments) {
                StandardStream.error.write(hint)
                exit(ExitStatus.usageError)
            }
            exit(status(reporting: error))
        }
        do {
            var command = command
            try command.run()
            exit(ExitStatus.success)
        } catch {
            exit(status(reporting: error))
        }
    }

    /// `asyncrepl script.aw` is a common first try; say what to type instead.
    static func unknownCommandHint(_ arguments: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        let known = AsyncReplCommand.configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
        guard !known.contains(first) else { return nil }
        return "asyncrepl: unknown command '\(first)'; to run a script, use 'asyncrepl run \(first)'\n"
    }

    /// Prints what `error` has to say and returns the status to exit with.
    static func status(reporting error: Error) -> Int32 {
        if let exitCode = error as? ExitCode { return exitCode.rawValue }
        let message = AsyncReplCommand.fullMessage(for: error)
        if AsyncReplCommand.exitCode(for: error) == .success {
            StandardStream.output.write(message + "\n")
            return ExitStatus.success
        }
        StandardStream.error.write(message + "\n")
        return ExitStatus.usageError
    }
}
