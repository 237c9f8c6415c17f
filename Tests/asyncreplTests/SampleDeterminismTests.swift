import Foundation
import Testing

@testable import asyncrepl

/// The spec promises that on the virtual clock a script prints byte-identical
/// output on every run. Each sample is run many times at once (so the runs
/// really do compete for the machine) and every run must match the first:
/// same stdout, same stderr, same exit status: 0, or 1 for a sample that shows a failure.
@Suite("Samples are deterministic on the virtual clock", .onOwnThreads)
struct SampleDeterminismTests {
    static let runsPerSample = 20

    /// `samples/` at the package root, found from this file's path
    /// (`Tests/asyncreplTests/SampleDeterminismTests.swift`).
    static let samplesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("samples")

    /// File names of every `.aw` file in `samples/`, sorted.
    static var sampleNames: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: samplesDirectory.path)) ?? []
        return names.filter { $0.hasSuffix(".aw") }.sorted()
    }

    /// The flags of a script's `# args:` lines, split on whitespace, in file order.
    static func extraArguments(of source: String) -> [String] {
        source.split(separator: "\n").flatMap { line -> [String] in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("# args:") else { return [] }
            return trimmed.dropFirst("# args:".count).split(whereSeparator: \.isWhitespace).map(String.init)
        }
    }

    @Test func theSamplesFolderHasSamples() {
        #expect(!Self.sampleNames.isEmpty, "no .aw files in \(Self.samplesDirectory.path)")
    }

    @Test func argsLinesAreSplitOnWhitespace() {
        let source = "print(1)\n# args: --seed 3\n  # args:  --flag\tx\n# arguments: no\n"
        #expect(Self.extraArguments(of: source) == ["--seed", "3", "--flag", "x"])
    }

    @Test(arguments: sampleNames)
    func everyRunIsByteIdentical(_ name: String) throws {
        let binary = try #require(AsyncReplBinary.path, "build asyncrepl first (swift build), or set ASYNCREPL_BINARY")
        let file = Self.samplesDirectory.appendingPathComponent(name).path
        let source = try String(contentsOfFile: file, encoding: .utf8)
        let command = [binary, "run", "--virtual"] + Self.extraArguments(of: source) + [file]

        var outcomes = [ChildOutcome?](repeating: nil, count: Self.runsPerSample)
        ChildProcessPool(maxRunning: Self.runsPerSample, timeout: .seconds(60))
            .run(Array(repeating: command, count: Self.runsPerSample)) { index, outcome in outcomes[index] = outcome }

        let finished = outcomes.compactMap { $0 }
        try #require(finished.count == Self.runsPerSample)
        let first = finished[0]
        // A sample that shows a failure (a race FIFO order loses) says so with `# expect error:`.
        let status: Int32 = source.contains("# expect error:") ? 1 : 0
        #expect(first.ending == .exited(status), "\(name) ended with \(first.ending); stderr: \(first.stderrText)")

        // Report the first run that differs (as text, not bytes) and how many do.
        let differing = finished.indices.dropFirst().filter { finished[$0] != first }
        if let run = differing.first {
            let other = finished[run]
            Issue.record(
                """
                \(name): \(differing.count) of \(Self.runsPerSample - 1) runs differ from run 1; run \(run + 1):
                status \(other.ending) (run 1: \(first.ending))
                --- stdout, run 1:
                \(first.stdoutText)--- stdout, run \(run + 1):
                \(other.stdoutText)--- stderr, run 1:
                \(first.stderrText)--- stderr, run \(run + 1):
                \(other.stderrText)
                """)
        }
    }
}
