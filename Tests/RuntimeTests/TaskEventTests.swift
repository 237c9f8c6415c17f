import AsyncLang
import Runtime
import Synchronization
import Testing

/// The public task-event stream a host observes through `Configuration.taskEvents`.
@Suite struct TaskEventTests {
    /// Runs `source` with an observer and returns every event it saw, in order.
    private func events(
        _ source: String, virtual: Bool = true, modules: [Module] = Module.standard,
        during: (@Sendable (Interpreter) -> Void)? = nil
    ) async -> [TaskEvent] {
        let seen = Mutex<[TaskEvent]>([])
        var configuration = Configuration()
        configuration.clock = virtual ? .virtual : .real
        configuration.modules = modules
        configuration.output = OutputSink { _ in }
        configuration.errorOutput = OutputSink { _ in }
        configuration.taskEvents = { event in seen.withLock { $0.append(event) } }
        let interpreter = Interpreter(configuration: configuration)
        during?(interpreter)
        _ = await interpreter.run(SourceFile(path: "events.aw", text: source))
        return seen.withLock { $0 }
    }

    @Test func eventsCarryTimeAStepThatNeverDecreasesAndWhoSpawnedFromWhere() async {
        let seen = await events("async fn job(n) { await sleep(n) }\nawait gather(job(1), job(2))")
        #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.step <= $1.step && $0.time <= $1.time })
        let spawns = seen.compactMap { event -> String? in
            guard case .spawned(let parent, let origin) = event.kind else { return nil }
            return "\(event.task) by \(parent?.description ?? "-") at \(origin?.description ?? "-")"
        }
        #expect(spawns == ["main#1 by - at -", "job#2 by main#1 at events.aw:2:7", "job#3 by main#1 at events.aw:2:7"])
        let ends = seen.compactMap { event -> String? in
            guard case .done(let duration) = event.kind else { return nil }
            return "\(event.task) \(event.time) \(duration)"
        }
        #expect(ends == ["job#2 1.0 1.0", "job#3 2.0 2.0", "main#1 2.0 2.0"])
        #expect(seen.contains { event in
            if case .suspended(.tasks(let tasks, "gather")) = event.kind { return tasks.map(\.id) == [2, 3] }
            return false
        })
    }

    @Test func aFailureCarriesItsErrorAndACancellationItsCause() async {
        let seen = await events(
            """
            async fn boom() { throw ValueError("boom") }
            let t = spawn boom()
            try { await t } catch e { }
            try { with timeout(0.5) { await sleep(9) } } catch TimeoutError { }
            let idle = spawn sleep(9)
            """)
        #expect(seen.contains { $0.task.name == "boom" && $0.kind.isFailure(summary: "ValueError: boom") })
        let causes = seen.compactMap { event -> String? in
            if case .cancelRequested(let cause) = event.kind { return "\(event.task) \(cause)" }
            return nil
        }
        #expect(causes == ["main#1 by timeout(0.5 s), which expired", "sleep#3 at exit, as the program ends"])
        #expect(seen.contains { event in
            if case .cancelled(.exit?, _) = event.kind { return event.task.name == "sleep" }
            return false
        })
    }

    @Test func nativeWorkReportsItsStartAndEnd() async {
        let host = Module(
            "host",
            functions: [
                NativeFunction("fetch", arity: 1...1) { (args: AsyncArguments) in
                    if try args.string(0) == "bad" { throw ScriptError("HttpError", "refused") }
                    return .string("ok")
                }
            ])
        let seen = await events(
            "print(await fetch(\"good\"))\ntry { await fetch(\"bad\") } catch e { }", modules: Module.standard + [host])
        let operations = seen.compactMap { event -> String? in
            switch event.kind {
            case .operationStarted(let name, _): return "start \(name)"
            case .operationFinished(let name, _, let duration, _, let error):
                return "end \(name) \(error ?? "ok") \(duration >= 0)"
            case .suspended(.operation(let name)): return "waits on \(name)"
            case .woken(.operation): return "woken by its end"
            default: return nil
            }
        }
        #expect(
            operations == [
                "waits on fetch()", "start fetch", "end fetch ok true", "woken by its end",
                "waits on fetch()", "start fetch", "end fetch HttpError: refused true", "woken by its end",
            ])
    }

    @Test func ctrlCIsACancelCause() async {
        let seen = await events("await sleep(100)", virtual: false) { interpreter in
            Task {
                try await Task.sleep(for: .milliseconds(100))
                interpreter.interrupt()
            }
        }
        #expect(seen.contains { event in
            if case .cancelRequested(.interrupt) = event.kind { return event.task.name == "main" }
            return false
        })
    }

    @Test func aDeadlockIsACancelCause() async {
        let seen = await events("let e = Event()\nawait e.wait()")
        #expect(seen.contains { event in
            if case .cancelRequested(.deadlock) = event.kind { return true }
            return false
        })
        #expect(seen.last.map { "\($0.task) \($0.what)" } == "main#1 cancelled (0.000 s)")
    }
}

extension TaskEvent.Kind {
    fileprivate func isFailure(summary: String) -> Bool {
        if case .failed(let error, _) = self { return error == summary }
        return false
    }
}
