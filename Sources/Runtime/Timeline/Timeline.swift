/// One model of a run, built from its task events (`TimelineRecorder`): for
/// every task, the spans in which it was ready, running or waiting (on what),
/// and the moments something happened to it (spawned by whom, woken by whom,
/// cancelled by what, how it ended). Every moment is a clock time and a
/// scheduler step, so things that happen at one instant of virtual time
/// still have an order. The text, SVG and Chrome-trace timelines draw it.
public struct Timeline: Sendable {
    public var tasks: [TaskLine]
    /// The first and last moments the run covers.
    public var start: Moment
    public var end: Moment
    /// Tasks left out to keep the model small (the oldest finished ones first).
    public var droppedTasks: Int
    /// Queue lengths and semaphores' free permits over the run, in order of creation.
    public var levels: [LevelSeries]

    public init(tasks: [TaskLine], start: Moment, end: Moment, droppedTasks: Int = 0, levels: [LevelSeries] = []) {
        self.tasks = tasks
        self.start = start
        self.end = end
        self.droppedTasks = droppedTasks
        self.levels = levels
    }

    /// Seconds between the first and the last moment.
    public var duration: Double { end.time - start.time }
}

/// A point of a run: the clock's time in seconds and the scheduler's step count.
public struct Moment: Sendable, Hashable, Comparable {
    public var time: Double
    public var step: Int

    public init(time: Double, step: Int) {
        self.time = time
        self.step = step
    }

    public static func < (a: Moment, b: Moment) -> Bool {
        (a.time, a.step) < (b.time, b.step)
    }
}

/// One task's row.
public struct TaskLine: Sendable {
    public let task: TaskReference
    public let spawnedBy: TaskReference?
    public let spawnedAt: SourceLocation?
    public var spans: [Span] = []
    public var marks: [Mark] = []
    /// How it ended, and when; nil while it is alive.
    public var ending: Ending?

    public init(task: TaskReference, spawnedBy: TaskReference?, spawnedAt: SourceLocation?) {
        self.task = task
        self.spawnedBy = spawnedBy
        self.spawnedAt = spawnedAt
    }

    public enum Ending: Sendable, Equatable {
        case done
        case failed(String)
        case cancelled
    }
}

/// A stretch of time in one state.
public struct Span: Sendable {
    public var state: TaskState
    public var start: Moment
    public var end: Moment
}

/// What a task was doing.
public enum TaskState: Sendable, Hashable {
    /// Woken (or new), waiting in the ready queue to be picked.
    case ready
    case running
    case sleeping
    /// Waiting on native work: an HTTP request, a query, a host function (what it does).
    case io(String)
    /// Waiting on other tasks: one (`fetch#3`), or a gather's or group's.
    case task(String)
    case lock(String)
    case semaphore(String)
    case queue(String)
    case event(String)
    case other(String)

    /// The state a task is in while suspended this way.
    init(_ suspension: Suspension) {
        switch suspension {
        case .sleep: self = .sleeping
        case .yield: self = .ready
        case .task(let task): self = .task(task.description)
        case .tasks(let tasks, let what): self = .task(tasks.count == 1 ? tasks[0].description : "\(what) (\(tasks.count) tasks)")
        case .lock(let name, let holder): self = .lock(holder.map { "\(name) held by \($0)" } ?? name)
        case .semaphore(let name, _, _): self = .semaphore(name)
        case .queue(let name, let operation): self = .queue("\(name) (\(operation))")
        case .event(let name): self = .event(name)
        case .operation(let name): self = .io(name)
        case .other(let what): self = .other(what)
        }
    }

    /// What the state is called in legends and traces: `run`, `ready`, `wait Lock#1`.
    public var label: String {
        switch self {
        case .ready: return "ready"
        case .running: return "run"
        case .sleeping: return "sleep"
        case .io(let what): return "io \(what)"
        case .task(let what): return "wait \(what)"
        case .lock(let what), .semaphore(let what), .queue(let what), .event(let what), .other(let what):
            return "wait \(what)"
        }
    }

    /// The state without what it waits on, for colours and legends.
    public var kind: Kind {
        switch self {
        case .ready: return .ready
        case .running: return .running
        case .sleeping: return .sleeping
        case .io: return .io
        case .task: return .task
        case .lock: return .lock
        case .semaphore: return .semaphore
        case .queue: return .queue
        case .event: return .event
        case .other: return .other
        }
    }

    public enum Kind: Int, Sendable, CaseIterable, Comparable {
        // In the order a chart shows them when one cell covers several: the most telling first.
        case running, ready, io, lock, semaphore, queue, event, task, other, sleeping

        public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }

        public var name: String {
            switch self {
            case .running: return "running"
            case .ready: return "ready"
            case .io: return "waiting on I/O"
            case .lock: return "waiting on a lock"
            case .semaphore: return "waiting on a semaphore"
            case .queue: return "waiting on a queue"
            case .event: return "waiting on an event"
            case .task: return "waiting on a task"
            case .other: return "waiting"
            case .sleeping: return "sleeping"
            }
        }
    }
}

/// Something that happened to a task at one moment, and who or what caused it.
public struct Mark: Sendable {
    public var moment: Moment
    public var kind: Kind

    public enum Kind: Sendable, Equatable {
        case spawned(by: TaskReference?)
        case woken(by: Waker)
        case cancelRequested(by: CancelCause)
        case failed(String)
    }
}

/// How one primitive's level went: `Queue#1` `length`, `Semaphore#2` `free permits`.
public struct LevelSeries: Sendable {
    public let name: String
    public let measure: String
    /// The queue's maxsize or the semaphore's permits (nil: an unbounded queue).
    public let capacity: Int?
    /// Each value from the moment it took it, in order.
    public var points: [Point]

    public struct Point: Sendable {
        public var moment: Moment
        public var value: Int
        /// Which event of the run set it (moments can tie; events cannot).
        var event = 0
    }

    public init(name: String, measure: String, capacity: Int?, points: [Point] = []) {
        self.name = name
        self.measure = measure
        self.capacity = capacity
        self.points = points
    }
}
