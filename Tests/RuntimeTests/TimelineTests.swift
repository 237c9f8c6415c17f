import AsyncLang
import Foundation
import FoundationXML
import Runtime
import Testing

/// The model of a run (`TimelineRecorder`) and its three drawings.
@Suite struct TimelineTests {
    /// Runs `source` on the virtual clock with a recorder and returns what it recorded.
    private func timeline(_ source: String) async -> Timeline {
        let recorder = TimelineRecorder()
        var configuration = Configuration()
        configuration.clock = .virtual
        configuration.output = OutputSink { _ in }
        configuration.errorOutput = OutputSink { _ in }
        configuration.taskEvents = recorder.observer
        let interpreter = Interpreter(configuration: configuration)
        _ = await interpreter.run(SourceFile(path: "timeline.aw", text: source))
        return recorder.timeline()
    }

    private static let gather = """
        async fn job(n) { await sleep(n) }
        await gather(job(1), job(2))
        """

    @Test func eachTaskHasItsSpansInOrderWithNoGapsAndHowItEnded() async {
        let run = await timeline(Self.gather)
        let rows = run.tasks.map { line in
            "\(line.task) " + line.spans.map { "\($0.state.label) \($0.start.time)-\($0.end.time)" }.joined(separator: ", ")
                + " \(line.ending.map { "\($0)" } ?? "alive")"
        }
        #expect(rows == [
            "main#1 ready 0.0-0.0, run 0.0-0.0, wait gather (2 tasks) 0.0-2.0, ready 2.0-2.0, run 2.0-2.0 done",
            "job#2 ready 0.0-0.0, run 0.0-0.0, sleep 0.0-1.0, ready 1.0-1.0, run 1.0-1.0 done",
            "job#3 ready 0.0-0.0, run 0.0-0.0, sleep 0.0-2.0, ready 2.0-2.0, run 2.0-2.0 done",
        ])
        for line in run.tasks {
            #expect(zip(line.spans, line.spans.dropFirst()).allSatisfy { $0.end == $1.start })
        }
        #expect(run.tasks[1].spawnedBy?.description == "main#1")
        #expect(run.tasks[1].marks.contains { $0.kind == .woken(by: .timer) })
        #expect(run.duration == 2)
    }

    @Test func whoWokeAndWhoCancelledIsMarked() async {
        let run = await timeline(
            """
            let lock = Lock()
            async fn holder() { with lock { await sleep(1) } }
            async fn waiter() { with lock { } }
            async fn slow() { await sleep(10) }
            spawn holder()
            let w = spawn waiter()
            let s = spawn slow()
            await sleep(0.5)
            cancel s
            await w
            try { with timeout(0.1) { await sleep(5) } } catch TimeoutError { }
            """)
        let waiter = run.tasks.first { $0.task.name == "waiter" }
        #expect(waiter?.spans.contains { $0.state == .lock("Lock#1 held by holder#2") } == true)
        #expect(waiter?.marks.contains { $0.kind == .woken(by: .task(TaskReference(id: 2, name: "holder"))) } == true)
        let slow = run.tasks.first { $0.task.name == "slow" }
        #expect(slow?.marks.contains { $0.kind == .cancelRequested(by: .task(TaskReference(id: 1, name: "main"))) } == true)
        #expect(slow?.ending == .cancelled)
        let main = run.tasks.first { $0.task.name == "main" }
        #expect(main?.marks.contains { $0.kind == .cancelRequested(by: .timeout(seconds: 0.1)) } == true)
    }

    @Test func sinceAMomentKeepsOnlyWhatHappenedFromThen() async {
        let recorder = TimelineRecorder()
        var configuration = Configuration()
        configuration.clock = .virtual
        configuration.taskEvents = recorder.observer
        let interpreter = Interpreter(configuration: configuration)
        try? await interpreter.evaluate("async fn nap(n) { await sleep(n) }\nawait nap(1)")
        let before = recorder.cut
        try? await interpreter.evaluate("let t = spawn nap(3)\nawait sleep(1)")
        let last = recorder.timeline(since: before)
        #expect(last.tasks.map(\.task.description) == ["main#2", "nap#3"], "the first entry's task ended before")
        #expect(last.start == before.moment)
        #expect(last.tasks.allSatisfy { line in line.spans.allSatisfy { $0.start >= before.moment! } })
        #expect(recorder.timeline().tasks.count == 3)
    }

    @Test func aLongRunForgetsItsOldestFinishedTasks() async {
        let recorder = TimelineRecorder(spanLimit: 1_000)
        var configuration = Configuration()
        configuration.clock = .virtual
        configuration.taskEvents = recorder.observer
        let interpreter = Interpreter(configuration: configuration)
        try? await interpreter.evaluate("for i in range(2000) { await spawn sleep(0) }")
        let run = recorder.timeline()
        #expect(run.droppedTasks > 0)
        #expect(run.tasks.reduce(0) { $0 + $1.spans.count } <= 1_000)
        #expect(run.tasks.last?.task.id == 2001, "the newest tasks are kept")
    }

    // MARK: Text

    @Test func theTextChartShowsEachTaskOverTimeWithAnAxisAndALegend() async {
        let text = TextTimeline.render(await timeline(Self.gather))
        #expect(
            text == """
                time (s) 0                0.5              1                1.5              2
                         ┬────────────────┬────────────────┬────────────────┬────────────────┬
                main#1   █-------------------------------------------------------------------█ ✓
                job#2    █·································█                                   ✓
                job#3    █···································································█ ✓
                █ running  ░ ready  ~ waiting on I/O  L waiting on a lock
                S waiting on a semaphore  Q waiting on a queue  E waiting on an event
                - waiting on a task  ? waiting  · sleeping  ✓ done  ✗ failed  ⊘ cancelled

                """)
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test func fiveHundredTasksFoldIntoRowsThatFitAScreen() async {
        let text = TextTimeline.render(
            await timeline(
                """
                async fn worker(n) { await sleep(1 + n % 3) }
                let tasks = []
                for i in range(500) { tasks.append(spawn worker(i)) }
                await gather(...tasks)
                """))
        let lines = text.split(separator: "\n")
        #expect(lines.count < 15)
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(lines.contains { $0.hasPrefix("worker ×167") })
        #expect(lines.contains { $0.hasPrefix("worker ×166") })
    }

    @Test func aRunOfZeroTimeStepsIsDrawnBySteps() async {
        let text = TextTimeline.render(await timeline("async fn hop() { await sleep(0) }\nawait gather(hop(), hop())"))
        #expect(text.hasPrefix("steps"))
    }

    @Test func manyRowsThatDifferAreCountedPastTheLimit() async throws {
        let text = TextTimeline.render(
            await timeline("let tasks = []\nfor i in range(100) { tasks.append(spawn sleep(i)) }\nawait gather(...tasks)"),
            maxRows: 10)
        let lines = text.split(separator: "\n")
        let shown = lines.dropFirst(2).prefix(10)
        let counted = shown.reduce(0) { total, line in
            total + (line.split(separator: " ").first { $0.hasPrefix("×") }.flatMap { Int($0.dropFirst()) } ?? 1)
        }
        let more = try #require(lines.first { $0.hasPrefix("… ") })
        let hidden = try #require(Int(more.split(separator: " ")[1]))
        #expect(counted + hidden == 101, "every task is shown or counted")
    }

    // MARK: SVG

    @Test(arguments: [3, 500])
    func theSVGIsValidXMLWithARowPerTask(tasks: Int) async throws {
        let svg = SVGTimeline.render(
            await timeline(
                """
                async fn worker(n) { await sleep(n % 7) }
                let tasks = []
                for i in range(\(tasks - 1)) { tasks.append(spawn worker(i)) }
                await gather(...tasks)
                """))
        let checker = XMLCheck()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = checker
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(checker.elements.first == "svg")
        #expect(checker.texts.contains("worker#\(tasks)"))
        #expect(checker.texts.contains("main#1"))
    }

    // MARK: Chrome trace

    @Test(arguments: [TimelineScale.Base.time, .steps])
    func theChromeTraceHasTracksWhoseSlicesNeverOverlapAndFlowsThatLandInSlices(base: TimelineScale.Base) async throws {
        let sources = [
            Self.gather,
            """
            let lock = Lock()
            let q = Queue(maxsize: 1)
            async fn producer() { for i in range(3) { await q.put(i) } }
            async fn consumer() { for i in range(3) { with lock { await sleep(0.1); await q.get() } } }
            async fn doomed() { await sleep(10) }
            let d = spawn doomed()
            await gather(producer(), consumer(), consumer_two())
            async fn consumer_two() { with lock { await sleep(0.2) }; cancel d }
            try { with timeout(0.05) { await sleep(1) } } catch TimeoutError { }
            async fn boom() { throw ValueError("boom") }
            try { await spawn boom() } catch ValueError { }
            """,
            "async fn hop() { await sleep(0) }\nawait gather(hop(), hop(), hop())",
        ]
        for source in sources {
            let json = ChromeTrace.render(await timeline(source), base: base)
            let trace = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let events = try #require(trace["traceEvents"] as? [[String: Any]])
            var slices: [Int: [(Double, Double)]] = [:]
            var named: Set<Int> = []
            for event in events {
                let tid = event["tid"] as? Int ?? -1
                switch event["ph"] as? String {
                case "X": slices[tid, default: []].append((event["ts"] as! Double, event["dur"] as! Double))
                case "M" where event["name"] as? String == "thread_name": named.insert(tid)
                default: break
                }
            }
            #expect(Set(slices.keys) == named, "every track with slices is named")
            for (tid, track) in slices {
                let sorted = track.sorted { $0.0 < $1.0 }
                for (a, b) in zip(sorted, sorted.dropFirst()) {
                    #expect(a.0 + a.1 <= b.0 + 1e-6, "slices overlap on track \(tid): \(a) \(b)")
                }
            }
            var flows: [Int: [String]] = [:]
            for event in events where ["s", "f"].contains(event["ph"] as? String) {
                let tid = event["tid"] as! Int
                let ts = event["ts"] as! Double
                #expect(
                    slices[tid]?.contains { $0.0 - 1e-6 <= ts && ts <= $0.0 + $0.1 + 1e-6 } == true,
                    "a flow \(event["ph"]!) at \(ts) on track \(tid) lies in no slice")
                if event["ph"] as? String == "f" { #expect(event["bp"] as? String == "e") }
                flows[event["id"] as! Int, default: []].append(event["ph"] as! String)
            }
            #expect(flows.values.allSatisfy { $0.sorted() == ["f", "s"] })
            #expect(!flows.isEmpty)
            let readyQueue = events.filter { $0["ph"] as? String == "C" && $0["name"] as? String == "ready queue" }
            #expect(!readyQueue.isEmpty)
            if base == .steps { #expect(readyQueue.contains { ($0["args"] as? [String: Int])?["tasks"] ?? 0 > 0 }) }
        }
    }

    @Test func queueLengthsAndFreePermitsAreRecordedAndBecomeCounters() async throws {
        let source = """
            let q = Queue(2)
            let sem = Semaphore(2)
            async fn producer() { for i in range(4) { await q.put(i) } }
            async fn consumer() { for i in range(4) { with sem { await sleep(0.1); await q.get() } } }
            await gather(producer(), consumer())
            """
        let run = await timeline(source)
        let byName = Dictionary(uniqueKeysWithValues: run.levels.map { ($0.name, $0) })
        let queue = try #require(byName["Queue#1"])
        #expect(queue.measure == "length" && queue.capacity == 2)
        // Created empty, filled to its maxsize by the producer; each get frees a
        // place the waiting put takes at once, until the last two drain it.
        #expect(queue.points.map(\.value) == [0, 1, 2, 1, 0])
        #expect(queue.points.map(\.moment.time) == [0, 0, 0, 0.3, 0.4])
        let semaphore = try #require(byName["Semaphore#1"])
        #expect(semaphore.measure == "free permits" && semaphore.capacity == 2)
        #expect(semaphore.points.map(\.value) == [2, 1, 2, 1, 2, 1, 2, 1, 2])

        let json = ChromeTrace.render(run, base: .steps)
        let trace = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let events = try #require(trace["traceEvents"] as? [[String: Any]])
        let lengths = events.filter { $0["ph"] as? String == "C" && $0["name"] as? String == "Queue#1 length" }
        #expect(lengths.compactMap { ($0["args"] as? [String: Int])?["items"] } == [0, 1, 2, 1, 0])
        let stamps = lengths.compactMap { $0["ts"] as? Double }
        #expect(stamps == stamps.sorted())
        let permits = events.filter { $0["ph"] as? String == "C" && $0["name"] as? String == "Semaphore#1 free permits" }
        #expect(permits.count == 9)

        // What happened after a cut starts from the level at the cut.
        let recorder = TimelineRecorder()
        var configuration = Configuration()
        configuration.clock = .virtual
        configuration.output = OutputSink { _ in }
        configuration.taskEvents = recorder.observer
        let interpreter = Interpreter(configuration: configuration)
        _ = try await interpreter.evaluate("let q = Queue()\nawait q.put(1)\nawait q.put(2)")
        let cut = recorder.cut
        _ = try await interpreter.evaluate("await sleep(1)\nawait q.get()")
        let after = try #require(recorder.timeline(since: cut).levels.first)
        #expect(after.points.map(\.value) == [2, 1])
    }
}

/// Collects what an XML parser saw.
private final class XMLCheck: NSObject, XMLParserDelegate {
    var elements: [String] = []
    var texts: Set<String> = []

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements.append(name)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        texts.insert(string)
    }
}
