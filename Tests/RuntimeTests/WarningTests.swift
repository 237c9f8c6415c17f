import Runtime
import Testing

@Suite struct WarningTests {
    @Test func onTheRealClockATaskThatHoldsTheLoopTooLongIsReportedWithWhereItWas() {
        // The loop spins until the real clock has moved 0.2 s, over the 0.05 s limit however busy the
        // machine, and for enough iterations to pass the VM's checkpoints (every 1,024 steps) even when
        // a loaded machine stalls the thread so long that 0.2 s go by in a few.
        let result = run(
            "let start = now()\nvar spins = 0\nwhile now() - start < 0.2 or spins < 10000 {\n    spins += 1\n}\nprint(spins > 0)",
            virtual: false
        ) { $0.slowTask = SlowTaskWarning(seconds: 0.05) }
        #expect(result.output == "true\n")
        // How long it held the loop depends on the machine's load (over 1 s on busy cores): only the floor is sure.
        let prefix = "warning: task 'main#1' held the loop for "
        let suffix = " s (test.aw:3): other tasks could not run meanwhile; an await in the loop lets them\n"
        #expect(result.errors.hasPrefix(prefix) && result.errors.hasSuffix(suffix), "\(result.errors)")
        let held = Double(result.errors.dropFirst(prefix.count).prefix { $0 != " " })
        #expect((held ?? 0) >= 0.05, "\(result.errors)")
        let quiet = run("let start = now()\nwhile now() - start < 0.2 { await sleep(0.01) }", virtual: false) {
            $0.slowTask = SlowTaskWarning(seconds: 0.05)
        }
        #expect(quiet.errors == "")
        let off = run("let start = now()\nwhile now() - start < 0.2 { }", virtual: false) { $0.slowTask = nil }
        #expect(off.errors == "")
    }

    @Test func aCoroutineDroppedWithoutAwaitIsReportedWhereItWasMade() {
        let result = run("async fn fetch() { return 1 }\nfetch()\nprint(\"after\")")
        #expect(result.status == 0)
        #expect(result.output == "after\n")
        #expect(result.errors == "warning: coroutine 'fetch' was never awaited (test.aw:2:1)\n")
    }

    @Test func aCoroutineKeptButNeverAwaitedIsReportedAtExit() {
        let result = run("async fn fetch() { return 1 }\nlet pending = [fetch(), fetch()]\nprint(len(pending))")
        #expect(result.output == "2\n")
        #expect(
            result.errors == """
                warning: coroutine 'fetch' was never awaited (test.aw:2:16)
                warning: coroutine 'fetch' was never awaited (test.aw:2:25)

                """)
    }

    @Test func awaitedAndSpawnedCoroutinesAreNotReported() {
        let result = run("async fn f() { return 1 }\nlet c = f()\nawait c\nlet t = spawn f()\nawait t")
        #expect(result.status == 0)
        #expect(result.errors == "")
    }

    @Test func aFailedTaskWhoseErrorNobodyRetrievedIsReportedAtExit() {
        let result = run("async fn boom() { throw ValueError(\"boom\") }\nspawn boom()\nawait sleep(1)\nprint(\"done\")")
        #expect(result.status == 0)
        #expect(result.output == "done\n")
        #expect(result.errors == "warning: task 'boom#2' failed and its error was never retrieved: ValueError: boom\n")
    }

    @Test func retrievedErrorsAndCancellationsAreNotReported() {
        let source = """
            async fn boom() { throw ValueError("boom") }
            async fn nap() { await sleep(10) }
            let a = spawn boom()
            try { await a } catch ValueError {}
            let b = spawn boom()
            await sleep(0)
            try { b.result() } catch ValueError {}
            let c = spawn nap()
            await sleep(0)
            c.cancel()
            await gather(boom(), return_errors: true)
            """
        let result = run(source)
        #expect(result.status == 0)
        #expect(result.errors == "")
    }
}
