/// The timeline in the Chrome trace event format, which ui.perfetto.dev and
/// chrome://tracing open: a named track per task (`thread_name` metadata),
/// its states as `X` slices that never overlap (`run`, `ready`, `sleep`,
/// `wait Lock#1 held by main#1`, `io GET http://…`), flow arrows from a
/// spawner to its child, from a waker to the task it woke and from a
/// canceller to its target, counters for the ready queue's length, for each
/// queue's length and each semaphore's free permits, and for how many tasks
/// wait on each lock, semaphore, queue or event, and instants
/// for expired timeouts and errors.
///
/// Time is in microseconds: of the run's clock (`.time`), or one scheduler
/// step each (`.steps`, a run of zero-time steps spread out; the clock time
/// goes in every slice's `args`).
public enum ChromeTrace {
    public static func render(_ timeline: Timeline, base: TimelineScale.Base = .time) -> String {
        var trace = TraceBuilder(timeline: timeline, base: base)
        trace.build()
        return "{\"displayTimeUnit\":\"ms\",\"traceEvents\":[\n" + trace.events.joined(separator: ",\n") + "\n]}\n"
    }
}

private struct TraceBuilder {
    let timeline: Timeline
    let base: TimelineScale.Base
    var events: [String] = []
    /// Each task's slices as placed on its track: (start, end) in microseconds, in order.
    private var placed: [Int: [(start: Double, end: Double)]] = [:]
    private var nextFlow = 1

    init(timeline: Timeline, base: TimelineScale.Base) {
        self.timeline = timeline
        self.base = base
    }

    mutating func build() {
        events.append(#"{"name":"process_name","ph":"M","pid":1,"args":{"name":"asyncrepl"}}"#)
        for (index, line) in timeline.tasks.enumerated() {
            let tid = line.task.id
            events.append(#"{"name":"thread_name","ph":"M","pid":1,"tid":\#(tid),"args":{"name":\#(json(line.task.description))}}"#)
            events.append(#"{"name":"thread_sort_index","ph":"M","pid":1,"tid":\#(tid),"args":{"sort_index":\#(index)}}"#)
            slices(of: line)
        }
        for line in timeline.tasks { flowsAndInstants(of: line) }
        counters()
    }

    /// Where a span starts on its track. With steps, a run takes the whole step
    /// it was picked at; anything else starts half a step after its event (a
    /// wake during another task's step), and never before the last run ended.
    private func position(_ span: Span) -> Double {
        switch base {
        case .time: return span.start.time * 1e6
        case .steps: return Double(span.start.step) + (span.state == .running ? 0 : 0.5)
        }
    }

    private func position(_ moment: Moment) -> Double {
        base == .time ? moment.time * 1e6 : Double(moment.step) + 0.5
    }

    private mutating func slices(of line: TaskLine) {
        var track: [(start: Double, end: Double)] = []
        for (index, span) in line.spans.enumerated() {
            let start = max(position(span), track.last?.end ?? -Double.infinity)
            let next = index + 1 < line.spans.count ? position(line.spans[index + 1]) : endPosition(span)
            let end = max(start, next)
            track.append((start, end))
            var args = #""clock_s":\#(number(span.start.time)),"step":\#(span.start.step)"#
            if case .io(let what) = span.state { args += #","what":\#(json(what))"# }
            events.append(
                #"{"name":\#(json(span.state.label)),"cat":\#(json(span.state.kind.name)),"ph":"X","pid":1,"tid":\#(line.task.id),"ts":\#(number(start)),"dur":\#(number(end - start)),"args":{\#(args)}}"#
            )
        }
        placed[line.task.id] = track
    }

    private func endPosition(_ span: Span) -> Double {
        switch base {
        case .time: return span.end.time * 1e6
        case .steps: return Double(span.end.step) + 1
        }
    }

    private mutating func flowsAndInstants(of line: TaskLine) {
        let tid = line.task.id
        for mark in line.marks {
            switch mark.kind {
            case .spawned(let parent?):
                flow("spawn", from: parent.id, to: tid, at: mark.moment)
            case .woken(.task(let waker)):
                flow("wake", from: waker.id, to: tid, at: mark.moment)
            case .cancelRequested(let cause):
                if case .task(let canceller) = cause { flow("cancel", from: canceller.id, to: tid, at: mark.moment) }
                if case .timeout = cause { instant("timeout: cancellation asked \(cause)", tid: tid, at: mark.moment) }
                if case .waitFor = cause { instant("wait_for: cancellation asked \(cause)", tid: tid, at: mark.moment) }
            case .failed(let error):
                instant("error: \(error)", tid: tid, at: mark.moment)
            case .spawned(nil), .woken:
                break
            }
        }
    }

    /// An arrow from the slice `from` is in at `moment` to the slice `to` is in then (or its next one).
    private mutating func flow(_ name: String, from source: Int, to target: Int, at moment: Moment) {
        let at = position(moment)
        guard let start = Self.inside(placed[source], at: at), let end = Self.inside(placed[target], at: at) else { return }
        let id = nextFlow
        nextFlow += 1
        events.append(#"{"name":"\#(name)","cat":"flow","ph":"s","id":\#(id),"pid":1,"tid":\#(source),"ts":\#(number(start))}"#)
        events.append(#"{"name":"\#(name)","cat":"flow","ph":"f","bp":"e","id":\#(id),"pid":1,"tid":\#(target),"ts":\#(number(end))}"#)
    }

    /// A time within a slice of `track` at or after `at`: `at` itself when a slice holds it.
    static func inside(_ track: [(start: Double, end: Double)]?, at: Double) -> Double? {
        guard let track else { return nil }
        for slice in track where slice.end >= at {
            return max(slice.start, min(at, slice.end))
        }
        return nil
    }

    private mutating func instant(_ name: String, tid: Int, at moment: Moment) {
        events.append(#"{"name":\#(json(name)),"ph":"i","s":"t","pid":1,"tid":\#(tid),"ts":\#(number(position(moment)))}"#)
    }

    /// The ready queue's length, and the tasks waiting on each primitive, whenever they change.
    private mutating func counters() {
        var changes: [(at: Double, counter: String, delta: Int)] = []
        for line in timeline.tasks {
            guard let track = placed[line.task.id] else { continue }
            for (span, slice) in zip(line.spans, track) {
                let counter: String?
                switch span.state {
                case .ready: counter = "ready queue"
                case .lock(let what), .semaphore(let what), .queue(let what), .event(let what):
                    counter = "waiting on " + (what.split(separator: " ").first.map(String.init) ?? what)
                default: counter = nil
                }
                guard let counter, slice.end > slice.start else { continue }
                changes.append((slice.start, counter, 1))
                changes.append((slice.end, counter, -1))
            }
        }
        var levels: [String: Int] = ["ready queue": 0]
        let start = base == .time ? timeline.start.time * 1e6 : Double(timeline.start.step)
        events.append(#"{"name":"ready queue","ph":"C","pid":1,"ts":\#(number(start)),"args":{"tasks":0}}"#)
        for change in changes.sorted(by: { ($0.at, $0.delta) < ($1.at, $1.delta) }) {
            levels[change.counter, default: 0] += change.delta
            events.append(
                #"{"name":\#(json(change.counter)),"ph":"C","pid":1,"ts":\#(number(change.at)),"args":{"tasks":\#(levels[change.counter]!)}}"#
            )
        }
        for series in timeline.levels {
            let name = json("\(series.name) \(series.measure)")
            let key = series.measure == "length" ? "items" : "permits"
            for point in series.points {
                events.append(#"{"name":\#(name),"ph":"C","pid":1,"ts":\#(number(position(point.moment))),"args":{"\#(key)":\#(point.value)}}"#)
            }
        }
    }

    private func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let rounded = (value * 1000).rounded() / 1000
        return rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int(rounded)) : String(rounded)
    }

    private func json(_ text: String) -> String {
        var quoted = ""
        JSONWriter.appendQuoted(text, to: &quoted)
        return quoted
    }
}
