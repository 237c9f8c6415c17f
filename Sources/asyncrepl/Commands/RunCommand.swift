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
        let script = try ScriptFile(file)
        ScriptExecution.run(script.bytes, displayName: script.displayName, options: options)
    }
}

/// A script named on the command line: a path, or `-` for standard input.
struct ScriptFile {
    /// The name diagnostics show for the script.
    let displayName: String
    let bytes: [UInt8]

    init(_ file: String) throws(ExitCode) {
        displayName = file == "-" ? "<stdin>" : file
        do {
            bytes = file == "-" ? try RawFile.readToEnd(0) : try RawFile.read(path: file)
        } catch {
            StandardStream.error.write("asyncrepl: cannot read '\(displayName)': \(error.reason)\n")
            throw ExitCode(ExitStatus.usageError)
        }
    }
}
