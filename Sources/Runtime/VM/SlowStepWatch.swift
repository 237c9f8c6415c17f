/// Notices a task that holds the loop too long without awaiting, as asyncio's
/// debug mode does for a slow callback: `warning: task 'crunch#2' held the
/// loop for 0.42 s (crunch.aw:4)`. On the real clock a step is too long after
/// `Configuration.slowTask.seconds`; on the virtual clock, after
/// `slowTask.steps` loop iterations and calls, so every run warns alike
/// (`ran 1,204,224 steps without awaiting`). The VM looks at its checkpoints
/// (every 1,024 steps) and keeps where the task was the first time it was
/// over; the warning comes when the step ends.
struct SlowStepWatch {
    private let nanoseconds: Int64?
    private let steps: Int?
    private var startSteps = 0
    private var startTime: Int64 = 0
    private(set) var isOver = false
    private var place: (proto: Unmanaged<FunctionProto>, offset: Int)?

    init(_ limit: SlowTaskWarning?, virtual: Bool) {
        nanoseconds = virtual ? nil : limit.map { Int64(($0.seconds * 1e9).rounded()) }
        steps = virtual ? limit?.steps : nil
    }

    var isOn: Bool { nanoseconds != nil || steps != nil }

    mutating func begin(stepsTaken: Int) {
        startSteps = stepsTaken
        if nanoseconds != nil { startTime = MonotonicClock.read() }
        isOver = false
        place = nil
    }

    /// At a checkpoint: whether the step has gone on too long; if it just has, where it is.
    mutating func check(stepsTaken: Int, proto: Unmanaged<FunctionProto>?, ip: UnsafeMutablePointer<Instruction>?) {
        guard !isOver else { return }
        if let steps, stepsTaken - startSteps < steps { return }
        if let nanoseconds, MonotonicClock.read() - startTime < nanoseconds { return }
        isOver = true
        if let proto, let ip {
            let offset = proto._withUnsafeGuaranteedRef { $0.offset(ofInstruction: ip - $0.code - 1) }
            place = (proto, offset)
        }
    }

    /// The warning for the step that just ended, if it was too long.
    func warning(for task: TaskObject, stepsTaken: Int) -> String? {
        guard isOver else { return nil }
        let what: String
        if steps != nil {
            what = "ran \(Self.grouped(stepsTaken - startSteps)) steps without awaiting"
        } else {
            let seconds = Double(MonotonicClock.read() - startTime) / 1e9
            what = "held the loop for \(Printer.formatFloat((seconds * 100).rounded() / 100)) s"
        }
        let location = place.map { place -> String in
            let file = place.proto.takeUnretainedValue().file
            return " (\(file.path):\(file.position(of: place.offset).line))"
        } ?? ""
        return "task '\(task.label)' \(what)\(location): other tasks could not run meanwhile; an await in the loop lets them"
    }

    /// `1204224` as `1,204,224`.
    static func grouped(_ number: Int) -> String {
        let digits = Array(String(number))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { text += "," }
            text.append(digit)
        }
        return text
    }
}

/// When a task holding the loop without awaiting earns a warning (`Configuration.slowTask`).
public struct SlowTaskWarning: Sendable {
    /// On the real clock: seconds of one step.
    public var seconds: Double
    /// On the virtual clock: loop iterations and calls in one step.
    public var steps: Int

    public init(seconds: Double = 0.1, steps: Int = 1_000_000) {
        self.seconds = seconds
        self.steps = steps
    }
}
