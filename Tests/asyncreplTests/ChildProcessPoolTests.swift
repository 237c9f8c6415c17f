import Testing

@testable import asyncrepl

@Suite("Running child processes", .onOwnThreads)
struct ChildProcessPoolTests {
    /// Runs shell commands in a pool and returns their outcomes in command order.
    private func run(_ scripts: [String], jobs: Int = 2, timeout: Duration = .seconds(60)) -> [ChildOutcome] {
        var outcomes = [ChildOutcome?](repeating: nil, count: scripts.count)
        ChildProcessPool(maxRunning: jobs, timeout: timeout).run(scripts.map { ["/bin/sh", "-c", $0] }) {
            index, outcome in
            #expect(outcomes[index] == nil, "each command finishes once")
            outcomes[index] = outcome
        }
        return outcomes.map { $0! }
    }

    @Test("stdout, stderr and the exit status are captured separately")
    func capture() {
        let outcome = run(["echo out; echo err >&2; exit 3"])[0]
        #expect(outcome == ChildOutcome(stdout: Array("out\n".utf8), stderr: Array("err\n".utf8), ending: .exited(3)))
    }

    @Test("a child that fills both pipes does not deadlock, and nothing is lost")
    func chatty() {
        let outcome = run(["seq 200000 | tee /dev/stderr"])[0]
        #expect(outcome.ending == .exited(0))
        #expect(outcome.stdout.count == outcome.stderr.count)
        #expect(GoldenComparison.outputLines(outcome.stdout).count == 200_000)
    }

    @Test("standard input is /dev/null, so a reader sees end of file at once")
    func stdinIsEmpty() {
        #expect(run(["cat; echo done"])[0].stdout == Array("done\n".utf8))
    }

    @Test("a child past its time limit is killed and reported as timed out")
    func timeout() {
        let clock = ContinuousClock()
        let start = clock.now
        // 15 s is ample for `echo` even on busy cores; killed, the run ends long before the 120 s sleep would.
        let outcome = run(["echo partial; exec sleep 120"], timeout: .seconds(15))[0]
        #expect(outcome.ending == .timedOut(after: .seconds(15)))
        #expect(outcome.stdout == Array("partial\n".utf8))
        #expect(clock.now - start < .seconds(90))
    }

    @Test("a child killed by a signal is reported as such")
    func signal() {
        #expect(run(["kill -SEGV $$"])[0].ending == .signaled(11))
    }

    @Test("a program that cannot be started is reported, not fatal")
    func cannotStart() {
        var endings: [ChildEnding] = []
        ChildProcessPool(maxRunning: 1, timeout: .seconds(5)).run([["/no/such/program"]]) { endings.append($1.ending) }
        #expect(endings == [.couldNotStart(SystemError(code: 2))])
    }

    @Test("a child that exits while a grandchild keeps its pipes open still finishes")
    func grandchildHoldsPipe() {
        let clock = ContinuousClock()
        let start = clock.now
        // Waiting for the grandchild would take its whole 120 s.
        let outcome = run(["sleep 120 & echo parent"], timeout: .seconds(100))[0]
        #expect(outcome.ending == .exited(0))
        #expect(outcome.stdout == Array("parent\n".utf8))
        #expect(clock.now - start < .seconds(90))
    }

    @Test("many children, a few at a time, each reported once")
    func many() {
        let outcomes = run((0..<12).map { "echo \($0); exit \($0 % 3)" }, jobs: 3)
        #expect(outcomes.map(\.stdout) == (0..<12).map { Array("\($0)\n".utf8) })
        #expect(outcomes.map(\.ending) == (0..<12).map { .exited(Int32($0 % 3)) })
    }

    @Test("no more than maxRunning children run at once")
    func concurrencyLimit() throws {
        let directory = try TemporaryDirectory()
        // Each child records how many siblings are running by counting marker files.
        let script = "touch \(directory.path)/$$; ls \(directory.path) | wc -l; sleep 0.2; rm \(directory.path)/$$"
        let outcomes = run(Array(repeating: script, count: 6), jobs: 2)
        let counts = outcomes.compactMap { Int(String(decoding: $0.stdout, as: UTF8.self).filter(\.isNumber)) }
        #expect(counts.count == 6)
        #expect(counts.allSatisfy { $0 <= 2 })
    }
}
