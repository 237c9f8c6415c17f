import ArgumentParser

/// `asyncrepl run FILE [--virtual] [--seed N]`; FILE `-` reads the script from standard input.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a script.",
        discussion:
            "Exit status: 0 when the script succeeds, 1 on a compile error or an uncaught error, 2 when FILE cannot be read."
    )

    @Argument(help: ArgumentHelp("The script to run, or '-' to read it from standard input.", valueName: "file"))
    var file: String

    @OptionGroup var options: ScriptOptions

    func run() throws {
        ScriptExecution.run(try readScript(), displayName: displayName, options: options)
    }

    /// The name diagnostics show for the script.
    private var displayName: String { file == "-" ? "<stdin>" : file }

    /// The script's raw bytes.
    private func readScript() throws(ExitCode) -> [UInt8] {
        do {
            return file == "-" ? try RawFile.readToEnd(0) : try RawFile.read(path: file)
        } catch {
            StandardStream.error.write("asyncrepl: cannot read '\(displayName)': \(error.reason)\n")
            throw ExitCode(ExitStatus.usageError)
        }
    }
}
