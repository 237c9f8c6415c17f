/// The timeline as text for a terminal, at most `width` columns: one row per
/// task (its name, then a cell per slice of time showing the most telling
/// state in it, then how it ended), a time axis with ticks, and a legend.
/// Rows that would read the same fold into one (`worker ×500`), and past
/// `maxRows` the rest are counted, so 500 tasks still fit on a screen.
public enum TextTimeline {
    public static func render(_ timeline: Timeline, width: Int = 80, maxRows: Int = 40) -> String {
        guard !timeline.tasks.isEmpty else { return "(no tasks ran)\n" }
        // The labels of a first folding (at the narrowest chart) size the name column.
        let rows = foldedRows(timeline, labelWidth: 24, chartWidth: max(10, width - 27))
        let labelWidth = min(24, max(8, rows.map(\.label.count).max() ?? 8))
        let chartWidth = max(10, width - labelWidth - 3)
        let scale = TimelineScale(timeline)
        var lines = axis(scale, labelWidth: labelWidth, chartWidth: chartWidth)
        let charted = foldedRows(timeline, labelWidth: labelWidth, chartWidth: chartWidth)
        for row in charted.prefix(maxRows) {
            lines.append(pad(row.label, labelWidth) + " " + row.chart + " " + row.ending)
        }
        if charted.count > maxRows {
            let hidden = charted.dropFirst(maxRows).reduce(0) { $0 + $1.tasks }
            lines.append("… \(hidden) more task\(hidden == 1 ? "" : "s") in \(charted.count - maxRows) more rows (--timeline FILE.svg draws them all)")
        }
        if timeline.droppedTasks > 0 {
            lines.append("(\(timeline.droppedTasks) earlier tasks are no longer kept)")
        }
        lines += legend(width: width)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The character a state is drawn with.
    public static func symbol(_ kind: TaskState.Kind) -> Character {
        switch kind {
        case .running: return "█"
        case .ready: return "░"
        case .sleeping: return "·"
        case .io: return "~"
        case .task: return "-"
        case .lock: return "L"
        case .semaphore: return "S"
        case .queue: return "Q"
        case .event: return "E"
        case .other: return "?"
        }
    }

    public static func symbol(_ ending: TaskLine.Ending?) -> Character {
        switch ending {
        case nil: return " "
        case .done: return "✓"
        case .failed: return "✗"
        case .cancelled: return "⊘"
        }
    }

    private struct Row {
        var label: String
        var chart: String
        var ending: String
        var tasks: Int
    }

    /// One row per task, rows that read the same folded into the first of them.
    private static func foldedRows(_ timeline: Timeline, labelWidth: Int, chartWidth: Int) -> [Row] {
        let scale = TimelineScale(timeline)
        var rows: [Row] = []
        var names: [[String]] = []
        var rowOf: [String: Int] = [:]
        for line in timeline.tasks {
            let chart = cells(line, scale: scale, width: chartWidth)
            let ending = String(symbol(line.ending))
            if let index = rowOf[chart + ending] {
                rows[index].tasks += 1
                names[index].append(line.task.name)
            } else {
                rowOf[chart + ending] = rows.count
                rows.append(Row(label: line.task.description, chart: chart, ending: ending, tasks: 1))
                names.append([line.task.name])
            }
        }
        for index in rows.indices where rows[index].tasks > 1 {
            let group = names[index]
            rows[index].label = Set(group).count == 1 ? "\(group[0]) ×\(group.count)" : "\(group.count) tasks"
        }
        return rows
    }

    /// The task's cells: each shows the most telling state of the spans that touch its slice of the axis.
    private static func cells(_ line: TaskLine, scale: TimelineScale, width: Int) -> String {
        var best = [TaskState.Kind?](repeating: nil, count: width)
        for span in line.spans {
            let from = column(scale.fraction(span.start), width: width)
            let startFraction = scale.fraction(span.start)
            let endFraction = scale.fraction(span.end)
            // A span ends where the next begins: it fills the cells it covers, not the one it stops at.
            var to = endFraction > startFraction ? Int((endFraction * Double(width)).rounded(.up)) - 1 : from
            to = min(width - 1, max(from, to))
            for cell in from...to where best[cell].map({ span.state.kind < $0 }) ?? true {
                best[cell] = span.state.kind
            }
        }
        return String(best.map { $0.map(symbol) ?? " " })
    }

    private static func column(_ fraction: Double, width: Int) -> Int {
        min(width - 1, Int(fraction * Double(width)))
    }

    /// The tick labels above a ruler: `0 s`, `0.5`, `1` at their columns.
    private static func axis(_ scale: TimelineScale, labelWidth: Int, chartWidth: Int) -> [String] {
        let ticks = scale.ticks(atMost: max(1, chartWidth / 10))
        var labels = [Character](repeating: " ", count: chartWidth + 8)
        var ruler = [Character](repeating: "─", count: chartWidth)
        var nextFree = 0
        for tick in ticks {
            let at = column((tick - scale.low) / (scale.high - scale.low), width: chartWidth)
            ruler[at] = "┬"
            let text = Array(TimelineScale.label(tick))
            guard at >= nextFree, at + text.count <= labels.count else { continue }
            for (offset, character) in text.enumerated() { labels[at + offset] = character }
            nextFree = at + text.count + 1
        }
        let header = pad(scale.base == .time ? "time (s)" : "steps", labelWidth)
        return [
            header + " " + String(labels).trimmingTrailingSpaces(),
            String(repeating: " ", count: labelWidth) + " " + String(ruler),
        ]
    }

    private static func legend(width: Int) -> [String] {
        let entries = TaskState.Kind.allCases.map { "\(symbol($0)) \($0.name)" }
            + ["✓ done", "✗ failed", "⊘ cancelled"]
        var lines: [String] = []
        var current = ""
        for entry in entries {
            if current.count + entry.count + 2 > width {
                lines.append(current)
                current = ""
            }
            current += (current.isEmpty ? "" : "  ") + entry
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        if text.count > width { return String(text.prefix(width - 1)) + "…" }
        return text + String(repeating: " ", count: width - text.count)
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
