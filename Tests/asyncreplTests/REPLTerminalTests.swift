import Foundation
import Testing

/// The interactive REPL in a real pseudo-terminal (tmux): keys go in as a user
/// types them and the screen comes back, so line editing, history, completion,
/// redrawing and Ctrl-C/Ctrl-D are checked end to end.
@Suite("The REPL in a terminal", .serialized, .onOwnThreads)
struct REPLTerminalTests {
    /// HOME and XDG_STATE_HOME of their own, so history starts empty.
    private let home: TemporaryDirectory
    private let environment: [String: String]

    init() throws {
        home = try TemporaryDirectory()
        environment = ["HOME": home.path, "XDG_STATE_HOME": home.path + "/state"]
    }

    private func start(_ arguments: [String] = [], width: Int = 100) throws -> TerminalSession {
        let session = try TerminalSession(arguments, environment: environment, directory: home.path, width: width)
        try session.waitForLastRow("aw>")
        return session
    }

    /// Types a line, presses Enter, and waits for a row that is exactly `expected`.
    private func enter(_ line: String, in session: TerminalSession, expect expected: String? = nil) throws {
        try session.type(line)
        try session.press("Enter")
        if let expected {
            try session.waitUntil("a row \"\(expected)\"") { rows in rows.map(TerminalSession.trimmed).contains(expected) }
        }
    }

    @Test("emacs editing keys change the line before it runs; Ctrl-C at the prompt clears it")
    func editingKeys() throws {
        let session = try start()
        try session.type("21 * 2")
        try session.press("C-a")
        try session.type("1")
        try session.press("C-e", "BSpace")
        try enter("3", in: session, expect: "363")
        try session.type("print(\"junk\")")
        try session.press("C-a", "C-k")
        try enter("7 * 6", in: session, expect: "42")
        try session.type("1 + 2")
        try session.press("Left", "Left", "Left", "Left")
        try enter("1", in: session, expect: "13")
        try session.type("half-typed")
        try session.press("C-c")
        try session.waitForLastRow("aw>")
        try enter("5 * 5", in: session, expect: "25")
        let rows = try session.screen()
        #expect(rows.contains("aw> 5 * 5"))
        #expect(!rows.contains { $0.hasPrefix("aw> half-typed5") })
    }

    @Test("history survives a restart, and a multi-line entry comes back as one with ↑")
    func historyAcrossSessions() throws {
        let first = try start()
        try enter("fn double(x) {", in: first)
        try first.waitForLastRow("...")
        try enter("return x * 2", in: first)
        try enter("}", in: first)
        try enter("double(21)", in: first, expect: "42")
        try first.press("C-d")
        #expect(try first.exitStatus() == 0)
        let saved = try String(contentsOfFile: home.path + "/state/asyncrepl/history", encoding: .utf8)
        #expect(saved.contains("double(21)"))

        let second = try start()
        try second.press("Up", "Up")
        try second.waitFor("aw> fn double(x) {")
        try second.press("Enter")
        try second.waitForLastRow("aw>")
        try enter("double(5)", in: second, expect: "10")
        let rows = try second.screen().map(TerminalSession.trimmed)
        #expect(rows.contains("return x * 2"))
        #expect(!rows.contains { $0.contains("NameError") })
    }

    @Test("Tab completes keywords, builtins, globals, a map's keys, a task's and a literal's methods; ( after a function")
    func completion() throws {
        let session = try start()
        /// Types `typed`, presses Tab, expects `completed`, then clears the line.
        func complete(_ typed: String, to completed: String) throws {
            try session.type(typed)
            try session.press("Tab")
            try session.waitForLastRow("aw> " + completed)
            try session.press("C-u")
        }
        try complete("awa", to: "await")
        try complete("pri", to: "print(")
        try enter("let alphabet = 26", in: session)
        try complete("alph", to: "alphabet")
        try enter("let scores = {\"alpha\": 1, \"beta\": 2}", in: session)
        try complete("scores.be", to: "scores.beta")
        try enter("let t = spawn sleep(30)", in: session)
        try complete("t.res", to: "t.result(")
        try complete("\"abc\".upp", to: "\"abc\".upper(")
        try complete("[3, 1].rev", to: "[3, 1].reverse(")
        try enter("let word = \"hi\"", in: session)
        try complete("word.starts", to: "word.starts_with(")
        try session.type("t.")
        try session.press("Tab")
        try session.waitUntil("the list of a task's members") { rows in
            let listed = rows.joined(separator: " ")
            return ["cancel", "done", "result", "waits_on"].allSatisfy(listed.contains)
        }
    }

    @Test("the seed's gather example (samples/gather_abc.aw) typed line by line, comments and all, in real time")
    func gatherLineByLine() throws {
        let sample = try String(contentsOfFile: Self.samplesDirectory + "/gather_abc.aw", encoding: .utf8)
        let lines = sample.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let code = lines.drop { !$0.hasPrefix("async fn task") }.prefix { !$0.hasPrefix("# expect") }
        let expected = lines.filter { $0.hasPrefix("# expect: ") }.map { String($0.dropFirst("# expect: ".count)) }
        let session = try start()
        for line in code {
            try session.type(line)
            try session.press("Enter")
            try session.waitUntil("the line \"\(line)\" to be taken") { rows in
                let last = rows.last.map(TerminalSession.trimmed) ?? ""
                return last == "aw>" || last == "..." || rows.contains { $0.hasPrefix("Task A started") }
            }
        }
        try session.waitFor(expected.last!)
        let rows = try session.screen().map(TerminalSession.trimmed)
        let output = rows.filter { row in expected.contains(row) }
        #expect(output == expected)
        #expect(!rows.contains { $0.hasPrefix("error") })
    }

    private static let samplesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("samples").path

    @Test("a script's server answers other programs while the prompt waits, between entries, until Ctrl-D closes it")
    func serverServesWhileThePromptWaits() throws {
        let session = try start()
        try enter("var hits = 0", in: session)
        try enter("let app = http.server()", in: session)
        try enter("app.get(\"/hit\", fn (req) { hits += 1; print(\"served\", hits); return \"hit \\(hits)\" })", in: session)
        try enter("let srv = await app.listen(port: 0)", in: session)
        try enter("print(\"port\", srv.port)", in: session)
        let rows = try session.waitUntil("the server's port") { rows in rows.contains { $0.hasPrefix("port ") } }
        let port = try #require(rows.lazy.compactMap { $0.hasPrefix("port ") ? Int(TerminalSession.trimmed(String($0.dropFirst(5)))) : nil }.first)
        try session.waitForLastRow("aw>")

        try session.type("let half")
        #expect(loopbackGet(port: port, path: "/hit")?.hasSuffix("\r\n\r\nhit 1") == true)
        try session.waitFor("served 1")
        try session.waitForLastRow("aw> let half")
        try session.press("C-u")
        try enter("hits * 10", in: session, expect: "10")
        #expect(loopbackGet(port: port, path: "/hit")?.hasSuffix("\r\n\r\nhit 2") == true)
        #expect(loopbackGet(port: port, path: "/nowhere")?.hasPrefix("HTTP/1.1 404") == true)
        try session.waitFor("served 2")

        try session.press("C-d")
        #expect(try session.exitStatus() == 0)
        #expect(loopbackGet(port: port, path: "/hit") == nil)
    }

    @Test("what background tasks print appears above the line being edited, which is redrawn intact")
    func backgroundOutput() throws {
        let session = try start()
        try enter("spawn { for i in range(3) { await sleep(0.3); print(\"tick \\(i)\") } }", in: session)
        try session.waitForLastRow("aw>")
        try session.type("let partial = 4")
        let rows = try session.waitUntil("three ticks with the line still being edited") { rows in
            rows.contains("tick 2") && rows.last.map(TerminalSession.trimmed) == "aw> let partial = 4"
        }
        #expect(rows.filter { $0.hasPrefix("tick ") } == ["tick 0", "tick 1", "tick 2"])
        // Nothing printed into the prompt line: the only other row mentioning ticks is the entry itself.
        #expect(rows.filter { $0.contains("tick") && !$0.hasPrefix("tick ") } == [rows[1]])
        try session.press("Enter")
        try enter("partial + 1", in: session, expect: "5")
    }

    @Test(
        "background output above a line wider than the terminal leaves no stale copy of its rows",
        arguments: [40, 60, 100])
    func backgroundOutputAboveAWrappedLine(width: Int) throws {
        let session = try start(width: width)
        try enter("spawn { for i in range(4) { await sleep(0.3); print(\"tick \\(i)\") } }", in: session)
        try session.waitForLastRow("aw>")
        try enter("let x = [", in: session)  // a continuation line, `... `, wraps too
        let typed = "1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25"
        try session.type(typed)
        let rows = try session.waitUntil("four ticks above the wrapped line") { rows in rows.contains("tick 3") }
        // (The screen comes back with wrapped rows joined into their line.) The
        // edited line is drawn once, after the last tick; a stale copy of one of
        // its rows would be a row of its own.
        #expect(rows.filter { $0.contains("1, 2, 3") } == ["... " + typed], "\(rows)")
        #expect(rows.filter { $0.hasPrefix("tick ") } == ["tick 0", "tick 1", "tick 2", "tick 3"])
        let last = rows.lastIndex { !TerminalSession.trimmed($0).isEmpty }!
        #expect(rows[last - 1] == "tick 3", "\(rows)")
        try session.type("]")
        try session.press("Enter")
        try enter("len(x)", in: session, expect: "25")
    }

    @Test("keys typed while an entry runs are not echoed into its output; they appear on the next prompt")
    func typeAhead() throws {
        let session = try start()
        try enter("print(\"sleeping\"); await sleep(3); print(\"slept\")", in: session)
        try session.waitForRow("sleeping")
        try session.type("let later = 5")
        let rows = try session.waitForLastRow("aw> let later = 5")
        #expect(rows.map(TerminalSession.trimmed).suffix(2) == ["slept", "aw> let later = 5"])
        try session.press("Enter")
        try enter("later * 2", in: session, expect: "10")
    }

    @Test("Ctrl-C cancels a long await or a busy loop (finally runs), says so once, and the session goes on")
    func interruptEntry() throws {
        let session = try start()
        // Each entry prints where it then waits or spins, so the key comes while it runs.
        try enter("try { print(\"waiting\"); await sleep(100) } finally { print(\"cleaned up\") }", in: session)
        try session.waitForRow("waiting")
        try session.press("C-c")
        try session.waitFor("cancelled (Ctrl-C)")
        try session.waitForLastRow("aw>")
        try enter("print(\"spinning\"); while true {}", in: session)
        try session.waitForRow("spinning")
        try session.press("C-c")
        try session.waitUntil("a second cancellation") { rows in
            rows.filter { $0.hasPrefix("cancelled (Ctrl-C)") }.count == 2
        }
        try enter("1 + 1", in: session, expect: "2")
        let rows = try session.screen().map(TerminalSession.trimmed)
        let cleaned = try #require(rows.firstIndex(of: "cleaned up"))
        #expect(rows[cleaned + 1] == "cancelled (Ctrl-C)")
        #expect(rows.filter { $0 == "cleaned up" }.count == 1)
    }

    @Test("Ctrl-D on an empty line cancels background tasks, runs their finally blocks and exits 0")
    func exitWithControlD() throws {
        let session = try start()
        try enter("spawn { try { await sleep(100) } finally { print(\"background cleanup\") } }", in: session)
        try session.waitForLastRow("aw>")
        try session.press("C-d")
        #expect(try session.exitStatus() == 0)
        #expect(try session.screen().contains("background cleanup"))
        // The terminal is as the REPL found it: it echoes again.
        try session.type("echoed")
        try session.waitUntil("the terminal to echo again") { rows in rows.last.map(TerminalSession.trimmed) == "echoed" }
    }

    @Test("killed by SIGTERM during an entry or at the prompt, the REPL leaves the terminal as it found it (echoing)")
    func terminalRestoredWhenKilled() throws {
        for entry in ["print(\"spinning\"); while true {}", nil] {
            let session = try start()
            if let entry {
                try enter(entry, in: session)
                try session.waitForRow("spinning")
            }
            kill(try session.programID(), SIGTERM)
            #expect(try session.exitStatus() == 128 + Int(SIGTERM))
            try session.type("echoed")
            try session.waitUntil("the terminal to echo again") { rows in rows.last.map(TerminalSession.trimmed) == "echoed" }
        }
    }

    @Test("--virtual: time stands still at the prompt; :advance runs what falls due, in order")
    func virtualClock() throws {
        let session = try start(["--virtual"])
        try enter("spawn { for i in range(3) { await sleep(1); print(\"tick \\(i) at \\(now())\") } }", in: session)
        try session.waitForLastRow("aw>")
        Thread.sleep(forTimeInterval: 1.2)
        try enter(":clock", in: session, expect: "virtual time: 0.0 s")
        #expect(!(try session.screen()).contains { $0.hasPrefix("tick") })
        try enter(":advance 2.5", in: session, expect: "tick 1 at 2.0")
        try enter(":tasks", in: session)
        try session.waitUntil("the task table, with the sleeper's time left") { rows in
            rows.contains { $0.contains("waiting") && $0.contains("sleep, 0.500 s left") && $0.contains("2.500 s") }
        }
        try enter(":advance -1", in: session, expect: ":advance moves the clock forward: the seconds must not be negative, got -1")
        try enter(":clock", in: session, expect: "virtual time: 2.5 s")
        try enter(":quit", in: session)
        #expect(try session.exitStatus() == 0)
        let rows = try session.screen()
        #expect(rows.filter { $0.hasPrefix("tick") } == ["tick 0 at 1.0", "tick 1 at 2.0"])
    }

    @Test(":trace on prints each task event above the prompt; :trace off stops it")
    func traceCommand() throws {
        let session = try start(["--virtual"])
        try enter(":trace on", in: session, expect: "trace on: task events go to standard error")
        try enter("await sleep(2)", in: session, expect: "[  2.000] task main#1 done (2.000 s)")
        #expect(try session.screen().contains { $0.hasPrefix("[  0.000] task main#1 sleeps until 2.000") })
        try enter(":trace off", in: session, expect: "trace off")
        try enter("print(\"quiet\")", in: session, expect: "quiet")
        #expect(!(try session.screen()).contains { $0.contains("main#2") })
        try enter(":trace sideways", in: session, expect: ":trace takes 'on' or 'off', e.g. ':trace off'")
    }

    @Test(":timeline draws the session's tasks, :timeline last the last entry's, :timeline F.svg writes a picture")
    func timelineCommand() throws {
        let directory = try TemporaryDirectory()
        let session = try start(["--virtual"])
        try enter("async fn nap(n) { await sleep(n) }", in: session)
        try enter("await gather(nap(1), nap(2))", in: session)
        try enter("await spawn nap(1)", in: session)
        try enter(":timeline", in: session, expect: "- waiting on a task  ? waiting  · sleeping  ✓ done  ✗ failed  ⊘ cancelled")
        var rows = try session.screen()
        #expect(rows.contains { $0.hasPrefix("time (s) 0") })
        #expect(rows.contains { $0.hasPrefix("nap#3    █·") })
        #expect(rows.contains { $0.hasPrefix("nap#6") })
        try enter(":timeline last", in: session, expect: "- waiting on a task  ? waiting  · sleeping  ✓ done  ✗ failed  ⊘ cancelled")
        rows = try session.screen()
        let lastChart = rows.suffix(from: rows.lastIndex { $0.hasPrefix(":timeline last") || $0.hasSuffix(":timeline last") } ?? 0)
        #expect(lastChart.contains { $0.hasPrefix("nap#6") })
        #expect(!lastChart.contains { $0.hasPrefix("nap#3") })
        try enter(":timeline \(directory.path)/s.svg", in: session, expect: "wrote \(directory.path)/s.svg")
        #expect(try String(contentsOfFile: directory.path + "/s.svg", encoding: .utf8).contains(">nap#6</text>"))
        try enter(":timeline sideways", in: session, expect: ":timeline takes nothing, 'last', or a file to write (FILE.svg, FILE.json)")
    }

    @Test("--virtual: a task an entry spawns runs at once (time still stands still), before the next prompt")
    func virtualSpawnRunsBeforeThePrompt() throws {
        let session = try start(["--virtual"])
        try enter("spawn { print(\"hello at \\(now())\"); await sleep(1); print(\"later\") }", in: session)
        let rows = try session.waitUntil("the task's output, then a prompt") { rows in
            rows.contains("hello at 0.0") && rows.last.map(TerminalSession.trimmed) == "aw>"
        }
        #expect(rows.firstIndex(of: "<task spawn#2 pending>")! < rows.firstIndex(of: "hello at 0.0")!)
        #expect(!rows.contains("later"))
        try enter(":advance 1", in: session, expect: "later")
    }

    @Test("an entry that starts with { and reads as a map is a map, on one line or several, as in Node's REPL")
    func mapAtThePrompt() throws {
        let session = try start()
        try enter("{a: 1, \"b\": [2]}", in: session, expect: "{\"a\": 1, \"b\": [2]}")
        try enter("{", in: session)
        try session.waitForLastRow("...")
        try enter("  x: 1,", in: session)
        try enter("}", in: session, expect: "{\"x\": 1}")
        try enter("{ print(1) }", in: session, expect: "error[syntax]: a statement cannot start with '{': a block needs a keyword such as 'if', and a map literal cannot stand alone")
    }

    @Test(":vars, :load, :reset (after which Ctrl-C still reaches the entry) and a hint for an unknown command")
    func commands() throws {
        try home.write("greet.aw", "fn greet(name) { return \"hello \\(name)\" }\nprint(\"loaded\")\n")
        let session = try start()
        try enter("let x = 41", in: session)
        try enter(":vars", in: session, expect: "x = 41")
        try enter(":load greet.aw", in: session, expect: "loaded")
        try enter("greet(\"bo\")", in: session, expect: "\"hello bo\"")
        try enter(":bogus", in: session, expect: "unknown command ':bogus' (:help lists the commands)")
        try enter(":reset", in: session)
        try enter("x", in: session, expect: "error: NameError: name 'x' is not defined")
        try enter("print(\"waiting\"); await sleep(100)", in: session)
        try session.waitForRow("waiting")
        try session.press("C-c")
        try session.waitFor("cancelled (Ctrl-C)")
    }

    @Test(":step runs a script one scheduling step at a time, :step NAME picks the task, :back undoes one, :replay lists them")
    func steppingByHand() throws {
        let session = try start(["--virtual"], width: 120)
        try enter(":step", in: session, expect: "nothing to step through: start with ':step FILE', e.g. ':step samples/race_counter.aw'")
        let broken = FileManager.default.temporaryDirectory.appendingPathComponent("broken-\(UUID().uuidString).aw").path
        try "print(1)\nlet x = )\n".write(toFile: broken, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: broken) }
        try enter(":step \(broken)", in: session, expect: "nothing to step through until it compiles")
        #expect(try session.screen().map(TerminalSession.trimmed).contains("  --> \(broken):2:9"))
        try enter(":step \(Self.samplesDirectory)/race_counter.aw", in: session, expect: "ready: main#1")
        let twoReady = "ready: increment#2, increment#3   (:step runs increment#2; :step NAME picks another)"
        try enter(":step", in: session, expect: twoReady)
        try enter(":step increment#3", in: session, expect: "  increment#3 yields (to the back of the ready queue)")
        #expect(try session.screen().map(TerminalSession.trimmed).contains("  read counter"))
        try enter(":step increment#9", in: session, expect: "'increment#9' is not ready: ready are increment#2, increment#3 (as in ':step increment#2')")
        try enter(":step increment#3", in: session, expect: "  increment#3 done (0.000 s)")
        #expect(try session.screen().map(TerminalSession.trimmed).contains("  wrote counter"))
        try enter(":back", in: session, expect: "back to after step 2")
        try enter(":step increment#2", in: session, expect: "step 3: increment#2 ran")
        try enter(":back", in: session)
        try enter(":step increment#3", in: session, expect: "step 3: increment#3 ran")
        try enter(":step", in: session, expect: "step 4: increment#2 ran")
        try enter(":step", in: session, expect: "step 5: increment#2 ran")
        try enter(":step", in: session, expect: "  | counter: 2")
        try enter(":step", in: session, expect: "the program has ended after 6 steps")
        try enter(":replay", in: session)
        let command = "  asyncrepl replay \(Self.samplesDirectory)/race_counter.aw --schedule 1"
        try session.waitUntil("the replay command") { rows in rows.contains { $0.hasPrefix(command) } }
        let rows = try session.screen().map(TerminalSession.trimmed)
        #expect(rows.contains("   2. increment#3   (of increment#2, increment#3)"))
    }

    @Test("asyncrepl run: Ctrl-C stops the script at its location, runs finally, and exits 130")
    func interruptScript() throws {
        try home.write(
            "spin.aw", "print(\"spinning\")\ntry {\n    while true {}\n} finally {\n    print(\"main cleanup\")\n}\n")
        let session = try TerminalSession(["run", "spin.aw"], environment: environment, directory: home.path)
        try session.waitForRow("spinning")
        try session.press("C-c")
        #expect(try session.exitStatus() == 130)
        let rows = try session.screen().map(TerminalSession.trimmed)
        #expect(rows.contains("main cleanup"))
        #expect(rows.contains("error: CancelledError: interrupted"))
        #expect(rows.contains("  --> spin.aw:3:11"))
    }
}
