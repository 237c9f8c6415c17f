import AsyncLang
import Runtime

/// The REPL's stepping of a script by hand: `:step FILE` loads it, `:step`
/// runs one scheduling step (the first ready task, as FIFO would), `:step
/// NAME` runs that task instead, `:back` undoes the last step, `:replay`
/// lists the steps so far. Every command runs the script again from the start
/// with the picks made so far (on the virtual clock a run depends only on
/// them), so going back is running one step fewer.
final class StepThrough {
    let path: String
    private let source: SourceFile
    private let configuration: Configuration
    /// The task id picked at each step so far.
    private(set) var picks: [Int] = []
    private var run: SteppedRun

    init(path: String, source: SourceFile, configuration: Configuration) {
        self.path = path
        self.source = source
        self.configuration = configuration
        run = SteppedRun.run(source, picks: [], configuration: configuration)
    }

    /// Where things stand now: the ready tasks for the next step, or the end.
    var state: String {
        guard picks.count < run.steps.count else {
            return "the program has ended after \(picks.count) \(picks.count == 1 ? "step" : "steps")"
                + (run.errorLine.map { ": \($0)" } ?? "") + "\n"
        }
        let ready = run.steps[picks.count].ready
        return "ready: " + ready.map(\.description).joined(separator: ", ")
            + (ready.count > 1 ? "   (:step runs \(ready[0]); :step NAME picks another)" : "") + "\n"
    }

    var started: String {
        "stepping \(path) on the virtual clock (:step, :step NAME, :back, :replay)\n" + state
    }

    /// `:step` or `:step NAME`: one more step, by FIFO or with the task named.
    func step(_ name: String) -> (text: String, ok: Bool) {
        guard picks.count < run.steps.count else { return (state, false) }
        let ready = run.steps[picks.count].ready
        var chosen = ready[0]
        if !name.isEmpty {
            let matches = ready.filter { $0.description == name || $0.name == name || "#\($0.id)" == name || String($0.id) == name }
            guard let match = matches.first, matches.count == 1 else {
                let why = matches.isEmpty ? "'\(name)' is not ready" : "'\(name)' names \(matches.count) ready tasks; add its number"
                return (
                    "\(why): ready are " + ready.map(\.description).joined(separator: ", ") + " (as in ':step \(ready[0])')\n",
                    false
                )
            }
            chosen = match
        }
        picks.append(chosen.id)
        run = SteppedRun.run(source, picks: picks, configuration: configuration)
        guard picks.count <= run.steps.count, run.steps[picks.count - 1].task.id == chosen.id else {
            picks.removeLast()
            run = SteppedRun.run(source, picks: picks, configuration: configuration)
            return ("the program did not run the same way again (does it read the real clock or the network?)\n", false)
        }
        return (Self.describe(run.steps[picks.count - 1]) + state, true)
    }

    /// `:back`: one step fewer.
    func back() -> (text: String, ok: Bool) {
        guard !picks.isEmpty else { return ("nothing to undo: no step has run yet\n", false) }
        picks.removeLast()
        run = SteppedRun.run(source, picks: picks, configuration: configuration)
        return ("back to \(picks.count == 0 ? "the start" : "after step \(picks.count)")\n" + state, true)
    }

    /// `:replay`: the steps so far, and the command that runs the same schedule.
    var replay: String {
        guard !picks.isEmpty else { return "no step has run yet\n" + state }
        var lines = run.steps.prefix(picks.count).map { step in
            let others = step.ready.count > 1 ? "   (of \(step.ready.map(\.description).joined(separator: ", ")))" : ""
            return "\(String(step.number).leftPadded(4)). \(step.task)\(others)"
        }
        let schedule = run.schedule(upTo: picks.count)
        lines.append("schedule so far: \(schedule); the whole run with FIFO after it:")
        lines.append("  asyncrepl replay \(path) --schedule \(schedule)")
        return lines.joined(separator: "\n") + "\n"
    }

    static func describe(_ step: SteppedRun.Step) -> String {
        var lines = ["step \(step.number): \(step.task) ran"]
        if !step.read.isEmpty { lines.append("  read " + step.read.joined(separator: ", ")) }
        if !step.wrote.isEmpty { lines.append("  wrote " + step.wrote.joined(separator: ", ")) }
        for line in step.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            lines.append("  | \(line)")
        }
        for event in step.events {
            lines.append("  \(event.task) \(event.what)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
