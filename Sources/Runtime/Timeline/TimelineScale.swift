/// How a timeline's moments map to positions along its axis: by clock time,
/// or by scheduler step when the whole run took no time (virtual time with
/// no sleeps), so that a run that is all zero-time steps still spreads out.
public struct TimelineScale: Sendable {
    public enum Base: Sendable {
        case time
        case steps
    }

    public let base: Base
    public let low: Double
    public let high: Double

    public init(_ timeline: Timeline, base: Base? = nil) {
        let chosen = base ?? (timeline.duration > 0 ? .time : .steps)
        self.base = chosen
        switch chosen {
        case .time:
            low = timeline.start.time
            high = max(timeline.end.time, timeline.start.time + 1e-9)
        case .steps:
            low = Double(timeline.start.step)
            high = Double(max(timeline.end.step + 1, timeline.start.step + 1))
        }
    }

    /// Where `moment` lies, from 0 (the start) to 1 (the end).
    public func fraction(_ moment: Moment) -> Double {
        let value = base == .time ? moment.time : Double(moment.step)
        return min(1, max(0, (value - low) / (high - low)))
    }

    /// What the axis counts: `s` or `steps`.
    public var unit: String { base == .time ? "s" : "steps" }

    /// Round tick values (1, 2 or 5 times a power of ten) at most `count` of them across the axis.
    public func ticks(atMost count: Int) -> [Double] {
        let span = high - low
        guard span > 0, count > 0 else { return [low] }
        let rough = span / Double(count)
        var magnitude = 1.0
        while magnitude * 10 <= rough { magnitude *= 10 }
        while magnitude > rough { magnitude /= 10 }
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { span / $0 <= Double(count) } ?? magnitude * 10
        var ticks: [Double] = []
        var value = (low / step).rounded(.up) * step
        while value <= high + step * 1e-9 {
            ticks.append(value)
            value += step
        }
        return ticks
    }

    /// A tick's label: `0.5`, `12`, `0.001`.
    public static func label(_ value: Double) -> String {
        let rounded = (value * 1e6).rounded() / 1e6
        if rounded == rounded.rounded() && abs(rounded) < 1e15 { return String(Int(rounded)) }
        return Printer.formatFloat(rounded)
    }
}
