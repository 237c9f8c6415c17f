import ArgumentParser
import Glibc
import Runtime

/// The entry point. It parses the command line itself, rather than calling
/// `AsyncReplCommand.main()`, to keep asyncrepl's exit statuses: 0 for help and
/// version (printed to stdout), 2 for any usage error (ArgumentParser would use
/// 64), and otherwise the status the command chose.
@main
enum AsyncReplMain {
    static func main() {
        AllocatorTuning.apply()
        let arguments = scriptAsRun(Array(CommandLine.arguments.dropFirst()))
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

    static let commandNames = AsyncReplCommand.configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]

    /// `asyncrepl script.aw [--virtual]` runs the script, as `python script.py`
    /// and `node script.js` do: it is `asyncrepl run script.aw [--virtual]`.
    static func scriptAsRun(_ arguments: [String]) -> [String] {
        var index = 0
        while index < arguments.count, arguments[index].hasPrefix("-") {
            index += ["-e", "--seed"].contains(arguments[index]) ? 2 : 1
        }
        guard index < arguments.count, !arguments.contains("-e") else { return arguments }
        let file = arguments[index]
        guard !commandNames.contains(file), file.hasSuffix(".aw") || isFile(file) else { return arguments }
        var rest = arguments
        rest.remove(at: index)
        return ["run", file] + rest
    }

    private static func isFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }

    /// A first word that is neither a command nor a script: say what there is.
    static func unknownCommandHint(_ arguments: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), !commandNames.contains(first) else { return nil }
        let close = Suggestions.closest(to: first, in: commandNames)
        return "asyncrepl: unknown command '\(first)'" + (close.map { "; did you mean '\($0)'?" } ?? "")
            + " (commands: \(commandNames.joined(separator: ", ")); a script runs as 'asyncrepl FILE.aw')\n"
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
