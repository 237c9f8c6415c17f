import Glibc
import Runtime

/// The REPL's `:` commands.
enum REPLCommand: String, CaseIterable {
    case help, tasks, clock, advance, load, reset, vars, trace, timeline, quit

    static var names: [String] { allCases.map(\.rawValue) }

    static let helpText = """
        Type AsyncLang code; `await` works at the top level, and definitions persist.
        An expression's value is printed (and kept in `_`); spawned tasks keep running.
          :help            this help
          :tasks           the live tasks: id, name, state, what each waits on, age
          :clock           the interpreter's clock
          :advance SECONDS (with --virtual) run everything due in the next SECONDS
          :load FILE       run a file in this session
          :reset           cancel every task and start a fresh session
          :vars            the names you defined, with their values
          :trace on|off    print one line per task event (as --trace does)
          :timeline        every task of the session over time, as a chart
          :timeline last   the same for the last entry only
          :timeline F.svg  draw it into a picture (F.json: a Perfetto trace)
          :quit            leave (so does Ctrl-D on an empty line)
        Keys: emacs bindings, Up/Down for history, Tab to complete, Ctrl-C to
        cancel the running entry (or clear the line), Ctrl-D to exit.
        """

    /// What `:tasks` prints.
    static func taskTable(_ tasks: [TaskInfo]) -> String {
        guard !tasks.isEmpty else { return "no tasks" }
        var lines = ["id  name          state      age      waits on"]
        for task in tasks {
            let age = String(format3: task.age) + " s"
            lines.append(
                "\(String(task.id).padded(3)) \(task.name.padded(13)) \(task.state.padded(10)) \(age.padded(8)) \(task.waitsOn ?? "-")")
        }
        return lines.joined(separator: "\n")
    }

    /// "did you mean" for a mistyped command.
    static func hint(for name: String) -> String {
        let close = Suggestions.closest(to: name, in: names) ?? names.first { !name.isEmpty && $0.hasPrefix(name) }
        return "unknown command ':\(name)'" + (close.map { "; did you mean ':\($0)'?" } ?? "") + " (:help lists the commands)"
    }
}

extension String {
    fileprivate func padded(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    /// A number of seconds with three decimals.
    init(format3 seconds: Double) {
        let thousandths = Int((seconds * 1000).rounded())
        let fraction = String(thousandths % 1000)
        self = "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
