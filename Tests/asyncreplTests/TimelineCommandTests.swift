import Foundation
import Testing

@testable import asyncrepl

/// `run --timeline`, `--trace-json` and `--trace-time` on the built executable.
@Suite("Timelines from the command line", .onOwnThreads)
struct TimelineCommandTests {
    private static let gather = Array(
        """
        async fn job(n) {
            await sleep(n)
            print("job", n)
        }
        await gather(job(1), job(2))

        """.utf8)

    @Test("--timeline - prints the chart after the script's own output")
    func textChart() throws {
        let directory = try TemporaryDirectory()
        let script = try directory.write("jobs.aw", bytes: Self.gather)
        let outcome = try AsyncReplBinary.run(["run", "--virtual", script, "--timeline", "-"])
        #expect(outcome.ending == .exited(0))
        let lines = outcome.stdoutText.split(separator: "\n")
        #expect(Array(lines.prefix(2)) == ["job 1", "job 2"])
        #expect(lines[2].hasPrefix("time (s) 0"))
        #expect(lines.contains { $0.hasPrefix("job#2    █·") && $0.hasSuffix("✓") })
        #expect(lines.allSatisfy { $0.count <= 80 })
    }

    @Test("--timeline FILE.svg and --trace-json FILE write an SVG picture and a Chrome trace")
    func files() throws {
        let directory = try TemporaryDirectory()
        let script = try directory.write("jobs.aw", bytes: Self.gather)
        let svg = directory.path + "/jobs.svg"
        let json = directory.path + "/jobs.json"
        let outcome = try AsyncReplBinary.run(
            ["run", "--virtual", script, "--timeline", svg, "--trace-json", json, "--trace-time", "steps"])
        #expect(outcome == ChildOutcome(stdout: Array("job 1\njob 2\n".utf8), stderr: [], ending: .exited(0)))
        let picture = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(picture.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(picture.contains(">job#3</text>"))
        let trace = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as? [String: Any]
        let events = trace?["traceEvents"] as? [[String: Any]] ?? []
        #expect(events.contains { $0["ph"] as? String == "M" && ($0["args"] as? [String: String])?["name"] == "job#2" })
    }

    @Test("a timeline that cannot be written says why, after the run, and the status is 1")
    func unwritable() throws {
        let directory = try TemporaryDirectory()
        let script = try directory.write("jobs.aw", bytes: Self.gather)
        let outcome = try AsyncReplBinary.run(["run", "--virtual", script, "--timeline", directory.path + "/no/such/dir/x.svg"])
        #expect(outcome.ending == .exited(1))
        #expect(outcome.stdoutText == "job 1\njob 2\n")
        #expect(outcome.stderrText == "asyncrepl: cannot write \(directory.path)/no/such/dir/x.svg: No such file or directory\n")
    }

    @Test("--trace-time takes clock or steps")
    func badTimeBase() throws {
        let outcome = try AsyncReplBinary.run(["-e", "print(1)", "--trace-json", "/dev/null", "--trace-time", "hours"])
        #expect(outcome.ending == .exited(2))
        #expect(outcome.stderrText.contains("hours"))
    }
}
