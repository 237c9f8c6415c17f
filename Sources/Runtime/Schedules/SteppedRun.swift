import AsyncLang
import Synchronization

/// A script run on the virtual clock with the first picks of the scheduler
/// given by hand (a task id for each step), FIFO after them, recording each
/// step: which tasks were ready, which ran, what happened to tasks and what
/// was printed meanwhile. The REPL's `:step` runs it again for every command
/// (undoing a step is running one step fewer), so what a step shows is
/// always what that schedule does.
public struct SteppedRun: Sendable {
    public struct Step: Sendable {
        /// 1 for the first step.
        public let number: Int
        /// The ready tasks the scheduler chose from, in queue order.
        public let ready: [TaskReference]
        public let task: TaskReference
        /// What happened during it (spawns, the wait it ended in, its end…), without the resume itself.
        public let events: [TaskEvent]
        /// What it printed.
        public let output: String
        /// The shared state it wrote, and what else it read (globals, list
        /// and map elements, captured variables, primitives), as
        /// `AccessLabels.describe` names them.
        public let wrote: [String]
        public let read: [String]
    }

    public let steps: [Step]
    /// Every choice the run made (including which waiter a primitive woke first).
    let choices: [ScheduleChoice]
    /// The error line at the end, if the run ended in one.
    public let errorLine: String?
    public let status: Int32

    /// The schedule of the first `count` steps, as `replay --schedule` takes it:
    /// at each step with more than one task ready, the index of the one that ran.
    public func schedule(upTo count: Int) -> Schedule {
        let made = choices.filter { $0.step <= count }
        return Schedule(made.map(\.picked), checks: made.map(\.check))
    }

    /// Runs `file` picking the task `picks[i]` (an id) at step i + 1 where it is ready, then FIFO.
    public static func run(_ file: SourceFile, picks: [Int], configuration base: Configuration = Configuration()) -> SteppedRun {
        let log = ScheduleLog()
        let output = Mutex<[Int: String]>([:])
        let errors = Mutex("")
        let events = Mutex<[TaskEvent]>([])
        var configuration = base
        configuration.clock = .virtual
        configuration.schedule = .taskOrder(picks)
        configuration.scheduleLog = log
        configuration.output = OutputSink { text in
            let step = log.steps
            output.withLock { $0[step, default: ""] += text }
        }
        configuration.errorOutput = OutputSink { text in errors.withLock { $0 += text } }
        configuration.taskEvents = { event in events.withLock { $0.append(event) } }
        let accesses = AccessTracker(describes: true)
        configuration.accessRecorder = accesses
        let status = Interpreter(configuration: configuration).runScript(file)
        var names: [Int: TaskReference] = [:]
        var happened: [Int: [TaskEvent]] = [:]
        for event in events.withLock({ $0 }) {
            names[event.task.id] = event.task
            if case .running = event.kind { continue }
            if event.isTraced { happened[event.step, default: []].append(event) }
        }
        let made = log.choices
        let choices = Dictionary(made.filter { !$0.isWakeOrder }.map { ($0.step, $0.ready) }, uniquingKeysWith: { first, _ in first })
        let printed = output.withLock { $0 }
        let steps = log.picks.enumerated().map { index, id in
            let number = index + 1
            let task = names[id] ?? TaskReference(id: id, name: "task")
            let touched = index < accesses.events.count ? accesses.events[index] : nil
            let wrote = Self.describe(touched?.writes, by: accesses)
            let read = Self.describe(touched?.reads, by: accesses).filter { !wrote.contains($0) }
            return Step(
                number: number, ready: choices[number] ?? [task], task: task, events: happened[number] ?? [],
                output: printed[number] ?? "", wrote: wrote, read: read)
        }
        let errorLine = errors.withLock { $0 }.split(separator: "\n").first { $0.hasPrefix("error") }.map(String.init)
        return SteppedRun(steps: steps, choices: made, errorLine: errorLine, status: status)
    }

    /// Each thing in `resources` a student would recognise, once (globals first).
    private static func describe(_ resources: ResourceSet?, by tracker: AccessTracker) -> [String] {
        guard let labels = tracker.labels else { return [] }
        var seen: Set<String> = []
        return (resources?.items ?? []).compactMap(labels.describe).filter { seen.insert($0).inserted }
    }
}
