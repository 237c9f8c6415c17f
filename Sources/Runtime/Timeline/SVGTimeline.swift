/// The timeline as an SVG picture: a legend, a time axis with ticks and grid
/// lines, and one row per task with its states as coloured bars (hover one
/// for what it was and when), a triangle where it was spawned, a red cross
/// where a cancellation was asked for, and how it ended. Rows shrink when
/// there are many tasks, so 500 still read as a picture, one scroll long.
public enum SVGTimeline {
    public static func render(_ timeline: Timeline, chartWidth: Double = 900) -> String {
        let scale = TimelineScale(timeline)
        let rowHeight: Double = timeline.tasks.count > 60 ? 12 : 20
        let fontSize: Double = rowHeight > 12 ? 12 : 9
        // The name column also holds the axis title, so the title never runs into the first tick.
        let longest = max(timeline.tasks.map(\.task.description.count).max() ?? 4, axisTitle(scale).count + 2)
        let labelWidth = min(260, Double(longest) * fontSize * 0.62 + 16)
        let top: Double = 74
        let left = labelWidth
        let height = top + Double(max(1, timeline.tasks.count)) * rowHeight + 30
        let width = left + chartWidth + 40
        var svg = XMLText()
        svg.open(
            "svg",
            ["xmlns": "http://www.w3.org/2000/svg", "width": number(width), "height": number(height),
             "viewBox": "0 0 \(number(width)) \(number(height))", "font-family": "sans-serif", "font-size": number(fontSize)])
        svg.element("rect", ["width": "100%", "height": "100%", "fill": "white"])
        legend(into: &svg, left: left)
        axis(into: &svg, scale: scale, left: left, top: top, chartWidth: chartWidth, bottom: height - 24, fontSize: fontSize)
        for (index, line) in timeline.tasks.enumerated() {
            let y = top + Double(index) * rowHeight
            row(line, into: &svg, scale: scale, left: left, y: y, height: rowHeight, chartWidth: chartWidth, fontSize: fontSize)
        }
        if timeline.tasks.isEmpty {
            svg.text("(no tasks ran)", ["x": number(left), "y": number(top + 14)])
        }
        svg.close("svg")
        return svg.text
    }

    /// The fill of a state.
    public static func colour(_ kind: TaskState.Kind) -> String {
        switch kind {
        case .running: return "#2e7d32"
        case .ready: return "#ffb300"
        case .sleeping: return "#bbdefb"
        case .io: return "#8e24aa"
        case .task: return "#b0bec5"
        case .lock: return "#e64a19"
        case .semaphore: return "#f57c00"
        case .queue: return "#6d4c41"
        case .event: return "#00897b"
        case .other: return "#757575"
        }
    }

    private static func legend(into svg: inout XMLText, left: Double) {
        var x = 8.0
        var y = 16.0
        for kind in TaskState.Kind.allCases {
            let width = Double(kind.name.count) * 6.6 + 26
            if x + width > left + 900 {
                x = 8
                y += 18
            }
            svg.element("rect", ["x": number(x), "y": number(y - 10), "width": "12", "height": "12", "fill": colour(kind)])
            svg.text(kind.name, ["x": number(x + 16), "y": number(y)])
            x += width
        }
        svg.text("▲ spawned   ✕ cancellation asked   ✓ done   ✗ failed   ⊘ cancelled", ["x": "8", "y": number(y + 18)])
    }

    private static func axisTitle(_ scale: TimelineScale) -> String {
        scale.base == .time ? "time (s)" : "scheduler steps"
    }

    private static func axis(
        into svg: inout XMLText, scale: TimelineScale, left: Double, top: Double, chartWidth: Double, bottom: Double,
        fontSize: Double
    ) {
        svg.text(axisTitle(scale), ["x": "8", "y": number(top - 8), "font-weight": "bold"])
        for tick in scale.ticks(atMost: 10) {
            let x = left + (tick - scale.low) / (scale.high - scale.low) * chartWidth
            svg.element("line", ["x1": number(x), "y1": number(top - 4), "x2": number(x), "y2": number(bottom), "stroke": "#e0e0e0"])
            let label = TimelineScale.label(tick)
            svg.text(label, ["x": number(x), "y": number(top - 8), "text-anchor": "middle"])
            svg.text(label, ["x": number(x), "y": number(bottom + fontSize + 2), "text-anchor": "middle"])
        }
    }

    private static func row(
        _ line: TaskLine, into svg: inout XMLText, scale: TimelineScale, left: Double, y: Double, height: Double,
        chartWidth: Double, fontSize: Double
    ) {
        let name = line.task.description
        var title = name
        if let parent = line.spawnedBy { title += ", spawned by \(parent)" }
        if let place = line.spawnedAt { title += " at \(place)" }
        svg.open("g", [:])
        svg.element("title", [:], content: title)
        svg.text(name, ["x": number(left - 6), "y": number(y + height * 0.5 + fontSize * 0.35), "text-anchor": "end"])
        svg.close("g")
        let barTop = y + height * 0.15
        let barHeight = height * 0.7
        func x(_ moment: Moment) -> Double { left + scale.fraction(moment) * chartWidth }
        // Waiting first, then running on top: a step that takes no time still shows.
        let ordered = line.spans.filter { $0.state.kind != .running } + line.spans.filter { $0.state.kind == .running }
        for span in ordered {
            let from = x(span.start)
            let minimum = span.state.kind == .running ? 2.0 : 0.5
            let width = max(minimum, x(span.end) - from)
            svg.open("rect", [
                "x": number(from), "y": number(barTop), "width": number(width), "height": number(barHeight),
                "fill": colour(span.state.kind),
            ])
            svg.element("title", [:], content: "\(name): \(span.state.label), \(describe(span.start, scale))–\(describe(span.end, scale))")
            svg.close("rect")
        }
        for mark in line.marks {
            let at = x(mark.moment)
            switch mark.kind {
            case .spawned:
                svg.element("path", [
                    "d": "M\(number(at)),\(number(barTop + barHeight)) l-4,5 l8,0 z", "fill": "#37474f",
                ])
            case .cancelRequested(let cause):
                svg.open("text", ["x": number(at), "y": number(barTop + barHeight * 0.8), "fill": "#c62828", "text-anchor": "middle", "font-weight": "bold"])
                svg.element("title", [:], content: "\(name): cancellation asked \(cause)")
                svg.raw("✕")
                svg.close("text")
            case .woken, .failed:
                break
            }
        }
        if let ending = line.ending, let last = line.spans.last {
            let colour = ending == .done ? "#2e7d32" : "#c62828"
            svg.open("text", ["x": number(x(last.end) + 4), "y": number(y + height * 0.5 + fontSize * 0.35), "fill": colour])
            if case .failed(let error) = ending { svg.element("title", [:], content: error) }
            svg.raw(String(TextTimeline.symbol(ending)))
            svg.close("text")
        }
    }

    private static func describe(_ moment: Moment, _ scale: TimelineScale) -> String {
        scale.base == .time ? "\(TimelineScale.label(moment.time)) s" : "step \(moment.step)"
    }

    private static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}

/// Builds XML text, escaping what it is given.
struct XMLText {
    private(set) var text = ""

    mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String>) {
        text += "<\(name)"
        for (key, value) in attributes { text += " \(key)=\"\(Self.escaped(value))\"" }
        text += ">"
    }

    mutating func close(_ name: String) {
        text += "</\(name)>\n"
    }

    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String>, content: String? = nil) {
        open(name, attributes)
        if let content { text += Self.escaped(content) }
        close(name)
    }

    mutating func text(_ content: String, _ attributes: KeyValuePairs<String, String>) {
        element("text", attributes, content: content)
    }

    /// Text already escaped (a single symbol).
    mutating func raw(_ content: String) {
        text += Self.escaped(content)
    }

    static func escaped(_ value: String) -> String {
        var out = ""
        for character in value.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                // XML 1.0 allows no control characters but tab, newline and carriage return.
                if character.value < 0x20 && character != "\t" && character != "\n" && character != "\r" {
                    out += "?"
                } else {
                    out.unicodeScalars.append(character)
                }
            }
        }
        return out
    }
}
