import Synchronization

/// Builds the `Timeline` of a run from its task events: set `observer` as (or
/// inside) `Configuration.taskEvents`, then ask for `timeline()` whenever, from
/// any thread. It keeps at most `spanLimit` spans: past that, the oldest
/// finished tasks are forgotten (a long REPL session stays small).
public final class TimelineRecorder: Sendable {
    private let state: Mutex<TimelineBuilder>

    public init(spanLimit: Int = 400_000) {
        state = Mutex(TimelineBuilder(spanLimit: spanLimit))
    }

    /// What to give `Configuration.taskEvents` (directly, or from an observer that also does other things).
    public var observer: @Sendable (TaskEvent) -> Void {
        { [self] event in state.withLock { $0.record(event) } }
    }

    /// The run so far; with `since`, only what happened after that cut (tasks
    /// that ended before it are left out, live ones are cut there).
    public func timeline(since: Cut? = nil) -> Timeline {
        state.withLock { $0.snapshot(since: since) }
    }

    /// Where the run is now, to ask later for what happened after it (a REPL's last entry).
    public var cut: Cut {
        state.withLock { Cut(events: $0.eventCount, moment: $0.latest) }
    }

    /// A point between two events.
    public struct Cut: Sendable {
        let events: Int
        public let moment: Moment?
    }
}

/// The recorder's state: task lines by id, in spawn order.
struct TimelineBuilder {
    let spanLimit: Int
    private var lines: [Int: TaskLine] = [:]
    private var order: [Int] = []
    private var first: Moment?
    private(set) var latest: Moment?
    /// The state each live task is in, and since when.
    private var open: [Int: (state: TaskState, since: Moment)] = [:]
    private var spanCount = 0
    private var dropped = 0
    private(set) var eventCount = 0
    /// The number of the last event each task had.
    private var lastEvent: [Int: Int] = [:]
    /// Each primitive's level over time, by name, and the names in order of creation.
    private var levels: [String: LevelSeries] = [:]
    private var levelOrder: [String] = []
    private var pointCount = 0

    init(spanLimit: Int) {
        self.spanLimit = spanLimit
    }

    mutating func record(_ event: TaskEvent) {
        let moment = Moment(time: event.time, step: event.step)
        if first == nil { first = moment }
        latest = max(latest ?? moment, moment)
        let id = event.task.id
        eventCount += 1
        lastEvent[id] = eventCount
        switch event.kind {
        case .spawned(let parent, let location):
            if lines[id] == nil { order.append(id) }
            var line = TaskLine(task: event.task, spawnedBy: parent, spawnedAt: location)
            line.marks.append(Mark(moment: moment, kind: .spawned(by: parent)))
            lines[id] = line
            open[id] = (.ready, moment)
        case .running:
            enter(.running, task: event.task, at: moment)
        case .suspended(let suspension):
            enter(TaskState(suspension), task: event.task, at: moment)
        case .woken(let waker):
            enter(.ready, task: event.task, at: moment)
            lines[id]?.marks.append(Mark(moment: moment, kind: .woken(by: waker)))
        case .cancelRequested(let cause):
            lines[id]?.marks.append(Mark(moment: moment, kind: .cancelRequested(by: cause)))
        case .done:
            end(event.task, .done, at: moment)
        case .failed(let error, _):
            lines[id]?.marks.append(Mark(moment: moment, kind: .failed(error)))
            end(event.task, .failed(error), at: moment)
        case .cancelled:
            end(event.task, .cancelled, at: moment)
        case .operationStarted, .operationFinished:
            break  // the suspension already says what the task waits on
        case .level(let name, let measure, let value, let capacity):
            if levels[name] == nil { levelOrder.append(name) }
            levels[name, default: LevelSeries(name: name, measure: measure, capacity: capacity)]
                .points.append(LevelSeries.Point(moment: moment, value: value, event: eventCount))
            pointCount += 1
            if pointCount > spanLimit { forgetOldestLevels() }
        }
        if spanCount > spanLimit { forgetOldest() }
    }

    /// Closes the task's current span and opens one in `state`.
    private mutating func enter(_ state: TaskState, task: TaskReference, at moment: Moment) {
        if lines[task.id] == nil {
            // A task spawned before recording began (a REPL session's :timeline turned on late).
            order.append(task.id)
            lines[task.id] = TaskLine(task: task, spawnedBy: nil, spawnedAt: nil)
        }
        closeSpan(of: task.id, at: moment)
        open[task.id] = (state, moment)
    }

    private mutating func end(_ task: TaskReference, _ ending: TaskLine.Ending, at moment: Moment) {
        closeSpan(of: task.id, at: moment)
        open[task.id] = nil
        lines[task.id]?.ending = ending
    }

    private mutating func closeSpan(of id: Int, at moment: Moment) {
        guard let (state, since) = open[id] else { return }
        lines[id]?.spans.append(Span(state: state, start: since, end: moment))
        spanCount += 1
    }

    /// Makes room (down to half the limit, so this is rare): the oldest finished
    /// tasks go first; if live tasks still hold too much, their oldest spans.
    private mutating func forgetOldest() {
        var kept: [Int] = []
        for id in order {
            if spanCount > spanLimit / 2, let line = lines[id], line.ending != nil {
                spanCount -= line.spans.count
                lines[id] = nil
                lastEvent[id] = nil
                dropped += 1
            } else {
                kept.append(id)
            }
        }
        order = kept
        guard spanCount > spanLimit / 2 else { return }
        let share = max(16, spanLimit / 2 / max(1, order.count))
        for id in order {
            guard let count = lines[id]?.spans.count, count > share else { continue }
            lines[id]?.spans.removeFirst(count - share)
            spanCount -= count - share
        }
    }

    /// Keeps the newest half of each primitive's points.
    private mutating func forgetOldestLevels() {
        pointCount = 0
        for name in levelOrder {
            guard var series = levels[name] else { continue }
            series.points.removeFirst(series.points.count / 2)
            pointCount += series.points.count
            levels[name] = series
        }
    }

    /// The levels set after the cut; a level set before it starts at the cut.
    private func levelSeries(since cut: TimelineRecorder.Cut?, from: Moment?) -> [LevelSeries] {
        levelOrder.compactMap { name in
            guard var series = levels[name] else { return nil }
            if let cut, let from {
                let firstKept = series.points.firstIndex(where: { $0.event > cut.events }) ?? series.points.count
                var kept = Array(series.points[firstKept...])
                if firstKept > 0 { kept.insert(LevelSeries.Point(moment: from, value: series.points[firstKept - 1].value), at: 0) }
                series.points = kept
            }
            return series.points.isEmpty ? nil : series
        }
    }

    func snapshot(since: TimelineRecorder.Cut?) -> Timeline {
        let end = latest ?? Moment(time: 0, step: 0)
        let from = since?.moment
        let start = from.map { max($0, first ?? $0) } ?? first ?? end
        var tasks: [TaskLine] = []
        for id in order {
            guard var line = lines[id] else { continue }
            if let since, (lastEvent[id] ?? 0) <= since.events, open[id] == nil { continue }
            if let (state, openedAt) = open[id] {
                line.spans.append(Span(state: state, start: openedAt, end: end))
            }
            if let from {
                line.spans = line.spans.compactMap { span in
                    guard span.end >= from else { return nil }
                    var cut = span
                    cut.start = max(span.start, from)
                    return cut
                }
                line.marks.removeAll { $0.moment < from }
            }
            tasks.append(line)
        }
        return Timeline(tasks: tasks, start: start, end: end, droppedTasks: dropped, levels: levelSeries(since: since, from: from))
    }
}
