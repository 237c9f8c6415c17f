import Runtime

/// Writes what `--timeline` and `--trace-json` ask for once the script has ended.
enum TimelineOutput {
    /// False when a file could not be written (said on standard error).
    static func write(_ timeline: Timeline, options: ScriptOptions) -> Bool {
        var written = true
        if let target = options.timeline {
            if target == "-" {
                StandardStream.output.write(TextTimeline.render(timeline))
            } else if target.hasSuffix(".svg") {
                written = save(SVGTimeline.render(timeline), to: target) && written
            } else {
                written = save(TextTimeline.render(timeline), to: target) && written
            }
        }
        if let target = options.traceJSON {
            let base: TimelineScale.Base = options.traceTime == .steps ? .steps : .time
            written = save(ChromeTrace.render(timeline, base: base), to: target) && written
        }
        return written
    }

    private static func save(_ text: String, to path: String) -> Bool {
        do {
            try RawFile.write(Array(text.utf8), to: path)
            return true
        } catch {
            StandardStream.error.write("asyncrepl: cannot write \(path): \(error.reason)\n")
            return false
        }
    }
}
