/// How `--trace` shows an event: one line a student can follow, in the form
/// of LANGUAGE.md section 7: `[  1.000] task fetch#3 done (1.000 s)`.
extension TaskEvent {
    /// False for what is not a task's own doing (a queue's level): `--trace` shows the rest.
    public var isTraced: Bool {
        if case .level = kind { return false }
        return true
    }

    public var traceLine: String {
        "[\(Self.padded(Self.fixed(time), to: 7))] task \(task) \(what)"
    }

    /// The part after the task's name: `done (1.000 s)`.
    public var what: String {
        switch kind {
        case .spawned(let parent, let origin):
            return "spawned" + (parent.map { " by \($0)" } ?? "") + (origin.map { " at \($0.shortDescription)" } ?? "")
        case .running(let resumed): return resumed ? "resumes" : "starts"
        case .suspended(.sleep(let until)): return "sleeps until \(Self.fixed(until))"
        case .suspended(.yield): return "yields (to the back of the ready queue)"
        case .suspended(let suspension): return "waits on \(suspension)"
        case .woken(let waker): return "wakes (\(waker))"
        case .cancelRequested(let cause): return "cancel requested \(cause)"
        case .done(let duration): return "done (\(Self.fixed(duration)) s)"
        case .failed(let error, let duration): return "failed: \(error) (\(Self.fixed(duration)) s)"
        case .cancelled(_, let duration): return "cancelled (\(Self.fixed(duration)) s)"
        case .operationStarted(let name, let detail): return "begins \(detail ?? "\(name)()")"
        case .operationFinished(let name, let detail, let duration, let outcome, let error):
            return "ends \(detail ?? "\(name)()")" + (outcome.map { " → \($0)" } ?? "") + (error.map { " with \($0)" } ?? "")
                + " (\(Self.fixed(duration)) s)"
        case .level(let name, let measure, let value, let capacity):
            return "leaves \(name)'s \(measure) at \(value)" + (capacity.map { " of \($0)" } ?? "")
        }
    }

    /// `x` with three decimals: `2.000`, `0.150`.
    static func fixed(_ x: Double) -> String {
        let thousandths = Int((x * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    static func padded(_ text: String, to width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}

extension SourceLocation {
    /// `gather.aw:12:5`: the file's name without its folders, so trace lines stay short.
    public var shortDescription: String {
        "\(file.split(separator: "/").last.map(String.init) ?? file):\(line):\(column)"
    }
}

extension Suspension: CustomStringConvertible {
    /// What is awaited, as traces name it: `task worker#2`, `Lock#1 held by main#1`.
    public var description: String {
        switch self {
        case .sleep(let until): return "sleep until \(TaskEvent.fixed(until))"
        case .yield: return "sleep(0)"
        case .task(let task): return "task \(task)"
        case .tasks(let tasks, let what): return "\(what) (\(tasks.isEmpty ? "finishing" : tasks.map(\.description).joined(separator: ", ")))"
        case .lock(let name, let holder): return name + (holder.map { " held by \($0)" } ?? "")
        case .semaphore(let name, let free, let permits): return "\(name) (\(free)/\(permits) free)"
        case .queue(let name, let operation): return "\(name) (\(operation))"
        case .event(let name): return name
        case .operation(let name): return name
        case .other(let what): return what
        }
    }
}

extension Waker: CustomStringConvertible {
    /// Why a task woke, as traces say it: `by worker#2`, `timer`.
    public var description: String {
        switch self {
        case .task(let task): return "by \(task)"
        case .timer: return "timer"
        case .operation: return "its native work finished"
        case .host: return "by the host"
        case .runtime: return "by the runtime"
        }
    }
}

extension CancelCause: CustomStringConvertible {
    /// Who asked, as traces say it: `by main#1`, `by timeout(1.0 s)`.
    public var description: String {
        switch self {
        case .task(let task): return "by \(task)"
        case .timeout(let seconds): return "by timeout(\(Printer.formatFloat(seconds)) s), which expired"
        case .waitFor(let seconds): return "by wait_for, which gave up after \(Printer.formatFloat(seconds)) s"
        case .group(let owner): return "by its task group" + (owner.map { " in \($0)" } ?? "") + ", which is failing"
        case .gather(let task): return "by the gather in \(task), one of whose tasks failed"
        case .awaiter(let task): return "along with \(task), which awaits it"
        case .interrupt: return "by Ctrl-C"
        case .exit: return "at exit, as the program ends"
        case .deadlock: return "because every task is blocked"
        case .host: return "by the host"
        case .abandoned: return "to close it: the generator was abandoned"
        }
    }
}
