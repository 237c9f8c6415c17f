import Glibc
import Runtime

/// The REPL's `:` commands.
enum REPLCommand: String, CaseIterable {
    case help, tasks, clock, advance, load, reset, vars, trace, timeline, step, back, replay, quit

    static var names: [String] { allCases.map(\.rawValue) }

    static let helpText = """
        Type AsyncLang code; `await` works at the top level, and definitions persist.
        An expression's value is printed (and kept in `_`); spawned tasks keep running.
          :help            this help
          :tasks           the live tasks: state, age, what each waits on, for how long, where
          :tasks tree      who awaits whom, as a tree
          :clock           the interpreter's clock
          :advance SECONDS (with --virtual) run everything due in the next SECONDS
          :load FILE       run a file in this session
          :reset           cancel every task and start a fresh session
          :vars            the names you defined, with their values
          :trace on|off    print one line per task event (as --trace does)
          :timeline        every task of the session over time, as a chart
          :timeline last   the same for the last entry only
          :timeline F.svg  draw it into a picture (F.json: a Perfetto trace)
          :step FILE       step through a script by hand, one scheduling step at a time:
          :step            run one step (the first ready task, as FIFO would): what it read and
                           wrote, and who is ready next
          :step NAME       run that ready task instead (NAME or NAME#ID)
          :back            undo the last step
          :replay          the steps so far, and the command that replays them
          :quit            leave (so does Ctrl-D on an empty line)
        Keys: emacs bindings, Up/Down for history, Tab to complete, Ctrl-C to
        cancel the running entry (or clear the line), Ctrl-D to exit.
        """

    /// What `:tasks` prints: a row per live task, with what it waits on, since when and where.
    static func taskTable(_ tasks: [TaskInfo]) -> String {
        guard !tasks.isEmpty else { return "no tasks" }
        var lines = ["id  name          state      age      waiting  waits on"]
        for task in tasks {
            let age = String(format3: task.age) + " s"
            let waiting = task.waiting.map { String(format3: $0) + " s" } ?? "-"
            let what = (task.waitsOn ?? "-") + (task.place.map { "  (\($0))" } ?? "")
            lines.append(
                "\(String(task.id).padded(3)) \(task.name.padded(13)) \(task.state.padded(10)) \(age.padded(8)) \(waiting.padded(8)) \(what)")
        }
        return lines.joined(separator: "\n")
    }

    /// What `:tasks tree` prints: who awaits whom, as Python's `asyncio pstree`
    /// does. A task nobody awaits is a root; under each task, the tasks it awaits.
    static func taskTree(_ tasks: [TaskInfo]) -> String {
        guard !tasks.isEmpty else { return "no tasks" }
        let byID = Dictionary(uniqueKeysWithValues: tasks.map { ($0.id, $0) })
        let awaited = Set(tasks.flatMap(\.awaits))
        var lines: [String] = []
        var shown: Set<Int> = []
        func describe(_ task: TaskInfo) -> String {
            let waits = task.waitsOn.map { " waits on \($0)" } ?? " \(task.state)"
            let since = task.waiting.map { " for " + String(format3: $0) + " s" } ?? ""
            return "\(task.name)#\(task.id)\(waits)\(since)" + (task.place.map { "  (\($0))" } ?? "")
        }
        func walk(_ task: TaskInfo, prefix: String, isLast: Bool, isRoot: Bool) {
            let branch = isRoot ? "" : (isLast ? "└── " : "├── ")
            guard shown.insert(task.id).inserted else {
                lines.append(prefix + branch + "\(task.name)#\(task.id) (a cycle: shown above)")
                return
            }
            lines.append(prefix + branch + describe(task))
            let children = task.awaits.compactMap { byID[$0] }
            let inner = isRoot ? prefix : prefix + (isLast ? "    " : "│   ")
            for (index, child) in children.enumerated() {
                walk(child, prefix: inner, isLast: index == children.count - 1, isRoot: false)
            }
        }
        for task in tasks where !awaited.contains(task.id) { walk(task, prefix: "", isLast: true, isRoot: true) }
        // Tasks that only await each other in a circle have no root: start from the first of them.
        for task in tasks where !shown.contains(task.id) { walk(task, prefix: "", isLast: true, isRoot: true) }
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
