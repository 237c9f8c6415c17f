import Glibc
import Testing

@testable import asyncrepl

/// The built `asyncrepl` executable, run as a user would. The scripts here are
/// written to behave the same under the temporary stand-in interpreter and the
/// real one: each real statement is followed by a `#> ` comment that tells the
/// stand-in what the statement prints.
@Suite("The asyncrepl command line", .onOwnThreads)
struct AsyncReplBinaryTests {
    @Test("--version prints the version on stdout")
    func version() throws {
        let outcome = try AsyncReplBinary.run(["--version"])
        #expect(outcome == ChildOutcome(stdout: Array("\(asyncreplVersion)\n".utf8), stderr: [], ending: .exited(0)))
    }

    @Test(
        "--help goes to stdout with status 0, for the root and for subcommands",
        arguments: [
            ["--help"], ["run", "--help"], ["test", "-h"], ["help", "test"],
        ])
    func help(arguments: [String]) throws {
        let outcome = try AsyncReplBinary.run(arguments)
        #expect(outcome.ending == .exited(0))
        #expect(outcome.stdoutText.contains("USAGE: asyncrepl"))
        #expect(outcome.stderr.isEmpty)
    }

    @Test(
        "usage errors print to stderr and exit 2",
        arguments: [
            ["--bogus"], ["run"], ["run", "a.aw", "b.aw"], ["-e", "1", "--seed", "many"],
            ["test"], ["test", "--jobs", "0", "x"], ["test", "--timeout", "-1", "x"], ["-e"],
        ])
    func usageErrors(arguments: [String]) throws {
        let outcome = try AsyncReplBinary.run(arguments)
        #expect(outcome.ending == .exited(2))
        #expect(outcome.stdout.isEmpty)
        #expect(!outcome.stderr.isEmpty)
    }

    @Test("asyncrepl FILE.aw runs the file, as python FILE.py does; an unknown word gets a hint")
    func scriptWithoutRun() throws {
        let directory = try TemporaryDirectory()
        try directory.write("hello.aw", "await sleep(2)\nprint(\"hello at \\(now())\")\n")
        let outcome = try AsyncReplBinary.run([directory.path + "/hello.aw", "--virtual"])
        #expect(outcome == ChildOutcome(stdout: Array("hello at 2.0\n".utf8), stderr: [], ending: .exited(0)))
        let flagsFirst = try AsyncReplBinary.run(["--virtual", directory.path + "/hello.aw"])
        #expect(flagsFirst.stdoutText == "hello at 2.0\n")
        let missing = try AsyncReplBinary.run(["missing.aw"])
        #expect(missing.ending == .exited(2))
        #expect(missing.stderrText.hasPrefix("asyncrepl: cannot read 'missing.aw'"))
        let typo = try AsyncReplBinary.run(["tets"])
        #expect(typo.ending == .exited(2))
        #expect(
            typo.stderrText
                == "asyncrepl: unknown command 'tets'; did you mean 'test'? (commands: run, test, explore, replay, httpbin, help; a script runs as 'asyncrepl FILE.aw')\n")
    }

    @Test("an unreadable script is one line on stderr and status 2")
    func unreadable() throws {
        let directory = try TemporaryDirectory()
        let missing = try AsyncReplBinary.run(["run", directory.path + "/missing.aw"])
        #expect(missing.ending == .exited(2))
        #expect(
            missing.stderrText == "asyncrepl: cannot read '\(directory.path)/missing.aw': No such file or directory\n")
        let folder = try AsyncReplBinary.run(["run", directory.path])
        #expect(folder.ending == .exited(2))
        #expect(folder.stderrText == "asyncrepl: cannot read '\(directory.path)': Is a directory\n")
    }

    @Test("with piped input the REPL runs entry by entry without prompts, printing expression values")
    func pipedSession() throws {
        let binary = try #require(AsyncReplBinary.path)
        let outcome = AsyncReplBinary.runCommand(["/bin/sh", "-c", "printf 'let x = 2\\nprint(x * 3)\\n' | \"$0\"", binary])
        #expect(outcome == ChildOutcome(stdout: Array("6\n".utf8), stderr: [], ending: .exited(0)))
        let entries = """
            async fn twice(n) {
                await sleep(0.01)
                return n * 2
            }
            await twice(21)
            _ + 1
            "text"
            nil
            """
        let session = AsyncReplBinary.runCommand(["/bin/sh", "-c", "printf '%s\\n' \"$1\" | \"$0\"", binary, entries])
        #expect(session == ChildOutcome(stdout: Array("42\n43\n\"text\"\n".utf8), stderr: [], ending: .exited(0)))
    }

    @Test("a piped session that served and sent real HTTP ends cleanly, its client and server shut down")
    func pipedSessionWithHTTP() throws {
        let binary = try #require(AsyncReplBinary.path)
        let entries = """
            let app = http.server()
            app.get("/users/:id", fn (req) => {"id": int(req.params.id)})
            let srv = await app.listen(port: 0)
            (await http.get(srv.url + "/users/7")).json()
            """
        let session = AsyncReplBinary.runCommand(["/bin/sh", "-c", "printf '%s\\n' \"$1\" | \"$0\"", binary, entries])
        #expect(session == ChildOutcome(stdout: Array("{\"id\": 7}\n".utf8), stderr: [], ending: .exited(0)))
    }

    @Test("entries still run while a background task keeps the loop busy with await sleep(0)")
    func pipedSessionBesideABusyTask() throws {
        let binary = try #require(AsyncReplBinary.path)
        let entries = """
            var turns = 0
            let spinner = spawn { while true { await sleep(0); turns += 1 } }
            print("next entry")
            await sleep(0.01)
            print(turns > 0)
            """
        let session = AsyncReplBinary.runCommand(["/bin/sh", "-c", "printf '%s\\n' \"$1\" | \"$0\"", binary, entries])
        #expect(session == ChildOutcome(stdout: Array("next entry\ntrue\n".utf8), stderr: [], ending: .exited(0)))
    }

    @Test("a failing piped entry is reported, later entries still run, and the exit status is 1")
    func pipedFailure() throws {
        let binary = try #require(AsyncReplBinary.path)
        let outcome = AsyncReplBinary.runCommand(
            ["/bin/sh", "-c", "printf 'print(\"before\")\\nmissing\\nprint(\"after\")\\n' | \"$0\"", binary])
        #expect(outcome.ending == .exited(1))
        #expect(outcome.stdoutText == "before\nafter\n")
        #expect(outcome.stderrText.hasPrefix("error: NameError: name 'missing' is not defined\n  --> <stdin:2>:1:1\n"))
    }

    @Test("SIGINT to a piped session cancels the running entry; the next entries still run")
    func pipedInterrupt() throws {
        let run = try interrupted(
            stdin: "try {\n    print(\"a\")\n    await sleep(100)\n} finally { print(\"fin\") }\nprint(\"b\")\n", whenPrinted: "a\n")
        #expect(run.ending == .exited(1))
        #expect(run.stdoutText == "a\nfin\ncancelled (Ctrl-C)\nb\n")
    }

    @Test("SIGINT stops a background task that holds the loop in a busy loop; the session goes on")
    func pipedInterruptOfASpinningTask() throws {
        let run = try interrupted(
            stdin: "let t = spawn {\n    print(\"spinning\")\n    while true {}\n}\nprint(t.cancelled())\n", whenPrinted: "spinning\n")
        #expect(run.ending == .exited(0))
        #expect(run.stdoutText == "spinning\ntrue\n")
        #expect(run.stderrText.contains("Ctrl-C stopped task spawn#2, which was running without awaiting\n"))
    }

    @Test("SIGINT while a piped session ends and a cancelled task's finally block hangs leaves at once")
    func pipedInterruptWhileEnding() throws {
        let run = try interrupted(
            stdin: "let t = spawn { try { await sleep(100) } finally { print(\"cleaning\"); await sleep(1000) } }\n",
            whenPrinted: "cleaning\n")
        #expect(run.ending == .exited(130))
        #expect(run.stdoutText == "cleaning\n")
        #expect(run.stderrText == "\nasyncrepl: interrupted while cleaning up; leaving without waiting for it\n")
    }

    @Test("run: SIGINT stops a task spinning in a busy loop, and the main task waiting for it runs its finally")
    func runInterruptOfASpinningTask() throws {
        let directory = try TemporaryDirectory()
        let script = try directory.write(
            "spin.aw",
            """
            try {
                print("started")
                await sleep(0.01)
                let t = spawn { while true {} }
                await t
            } finally {
                print("finally ran")
            }
            """)
        let run = try interrupted(arguments: ["run", script], whenPrinted: "started\n")
        #expect(run.ending == .exited(130))
        #expect(run.stdoutText == "started\nfinally ran\n")
        // The SIGINT lands in the sleep or in the spin; in the spin a line first names the task it stopped.
        #expect(run.stderrText.hasPrefix("\n"))
        #expect(run.stderrText.contains("\nerror: CancelledError: interrupted\n  --> \(script):"))
    }

    @Test("a script's own CancelledError(\"interrupted\") is an error like any other, not a Ctrl-C")
    func interruptedIsNotJustAMessage() throws {
        let outcome = try AsyncReplBinary.run(["-e", "throw CancelledError(\"interrupted\")"])
        #expect(outcome.ending == .exited(1))
    }

    /// Runs the binary with `arguments` (standard input from `stdin`), sends it
    /// SIGINT once `whenPrinted` is on its standard output (each script prints
    /// it right where it then waits or spins), and waits for it to end. The
    /// 60-second limits only catch a hang.
    private func interrupted(arguments: [String] = [], stdin: String = "", whenPrinted marker: String) throws
        -> ChildOutcome
    {
        let binary = try #require(AsyncReplBinary.path)
        let directory = try TemporaryDirectory()
        let input = try directory.write("stdin.aw", stdin)
        let child = try ChildProcess(arguments: ["/bin/sh", "-c", "input=\"$1\"; shift; exec \"$0\" \"$@\" < \"$input\"", binary, input] + arguments)
        for _ in 0..<3000 where !String(decoding: child.stdout.bytes, as: UTF8.self).hasSuffix(marker) {
            usleep(20_000)
            child.stdout.drain()
        }
        kill(child.pid, SIGINT)
        var ending: ChildEnding?
        defer { if ending == nil { child.kill() } }
        for _ in 0..<3000 where ending == nil {
            usleep(20_000)
            child.stdout.drain()
            child.stderr.drain()
            ending = child.reapIfExited()
        }
        child.stdout.drain()
        child.stderr.drain()
        return ChildOutcome(stdout: child.stdout.bytes, stderr: child.stderr.bytes, ending: ending ?? .timedOut(after: .seconds(60)))
    }

    @Test("-e runs code, and a failing script exits 1 with the error on stderr")
    func inlineCode() throws {
        let ok = try AsyncReplBinary.run(["-e", "print(\"hi\")\n#> hi\n", "--virtual"])
        #expect(ok == ChildOutcome(stdout: Array("hi\n".utf8), stderr: [], ending: .exited(0)))
        let failing = try AsyncReplBinary.run(["-e", "throw ValueError(\"boom\")\n#> FAIL ValueError: boom\n"])
        #expect(failing.ending == .exited(1))
        #expect(failing.stderrText.hasPrefix("error: ValueError: boom\n"))
    }

    @Test("--trace on -e prints one line per task event on stderr, output untouched")
    func inlineTrace() throws {
        let outcome = try AsyncReplBinary.run(["-e", "await sleep(1.5)\nprint(now())", "--virtual", "--trace"])
        #expect(outcome.stdoutText == "1.5\n")
        #expect(
            outcome.stderrText == """
                [  0.000] task main#1 spawned
                [  0.000] task main#1 starts
                [  0.000] task main#1 sleeps until 1.500
                [  1.500] task main#1 wakes (timer)
                [  1.500] task main#1 resumes
                [  1.500] task main#1 done (1.500 s)

                """)
    }

    @Test("--trace in a piped REPL session traces every entry's task and the background ones")
    func pipedSessionTrace() throws {
        let binary = try #require(AsyncReplBinary.path)
        let entries = "let t = spawn sleep(1)\nawait t"
        let outcome = AsyncReplBinary.runCommand(
            ["/bin/sh", "-c", "printf '%s\\n' \"$1\" | \"$0\" --virtual --trace", binary, entries])
        #expect(outcome.ending == .exited(0))
        #expect(
            outcome.stderrText == """
                [  0.000] task main#1 spawned
                [  0.000] task main#1 starts
                [  0.000] task sleep#2 spawned by main#1 at <stdin:1>:1:9
                [  0.000] task main#1 done (0.000 s)
                [  0.000] task sleep#2 starts
                [  0.000] task sleep#2 sleeps until 1.000
                [  0.000] task main#3 spawned
                [  0.000] task main#3 starts
                [  0.000] task main#3 waits on task sleep#2
                [  1.000] task sleep#2 wakes (timer)
                [  1.000] task sleep#2 resumes
                [  1.000] task sleep#2 done (1.000 s)
                [  1.000] task main#3 wakes (by sleep#2)
                [  1.000] task main#3 resumes
                [  1.000] task main#3 done (1.000 s)

                """)
    }

    @Test("run - reads the script from standard input")
    func standardInput() throws {
        let binary = try #require(AsyncReplBinary.path)
        let outcome = AsyncReplBinary.runCommand(
            ["/bin/sh", "-c", "printf 'print(\"piped\")\\n#> piped\\n' | \"$0\" run - --seed 2", binary])
        #expect(outcome == ChildOutcome(stdout: Array("piped\n".utf8), stderr: [], ending: .exited(0)))
    }

    @Test("test runs golden scripts through the binary itself, with a timeout and a failure")
    func goldenTests() throws {
        let directory = try TemporaryDirectory()
        try directory.write("golden/pass.aw", "print(\"hello\")\n#> hello\n# expect: hello\n")
        try directory.write(
            "golden/error.aw",
            "throw ValueError(\"boom\")\n#> FAIL ValueError: boom\n# expect error: error: ValueError: boom\n")
        try directory.write("golden/fail.aw", "print(\"actual\")\n#> actual\n# expect: expected\n")
        try directory.write("hang/hang.aw", "# mode: real\nwhile true {}\n")
        let prefix = directory.path + "/golden/"
        // A limit only a hang reaches: a CI run has seen a one-line script take 10 s on two busy cores.
        let finishing = try AsyncReplBinary.run(["test", "--timeout", "600", directory.path + "/golden"], timeout: .seconds(900))
        #expect(finishing.ending == .exited(1))
        #expect(
            finishing.stdoutText == """
                FAIL \(prefix)fail.aw
                  stdout line 1 differs (expected by line 3 of the script)
                    expected: "expected"
                    actual:   "actual"
                2 passed, 1 failed

                """)
        // The script that never ends runs alone, so its short limit holds on any machine.
        let hanging = try AsyncReplBinary.run(["test", "--timeout", "1", directory.path + "/hang"])
        #expect(hanging.ending == .exited(1))
        #expect(
            hanging.stdoutText == """
                FAIL \(directory.path)/hang/hang.aw
                  timed out after 1 s
                0 passed, 1 failed

                """)
    }

    @Test("test exits 2 when a path is missing or holds no scripts")
    func testPaths() throws {
        let directory = try TemporaryDirectory()
        let missing = try AsyncReplBinary.run(["test", directory.path + "/nope"])
        #expect(missing.ending == .exited(2))
        #expect(missing.stderrText == "asyncrepl: cannot read '\(directory.path)/nope': No such file or directory\n")
        try directory.write("readme.txt", "")
        let empty = try AsyncReplBinary.run(["test", directory.path])
        #expect(empty.ending == .exited(2))
        #expect(empty.stderrText == "asyncrepl: no .aw scripts found in '\(directory.path)'\n")
    }
}
