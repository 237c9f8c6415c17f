import Runtime
import Testing

@testable import asyncrepl

/// `:tasks` and `:tasks tree`, from a real session's tasks.
@Suite struct TaskTableTests {
    private func tasks(after source: String) async -> [TaskInfo] {
        var configuration = Configuration()
        configuration.clock = .virtual
        configuration.output = OutputSink { _ in }
        let interpreter = Interpreter(configuration: configuration)
        await interpreter.startSession()
        _ = await interpreter.runEntry(source, name: "<repl:1>")
        return await interpreter.tasks()
    }

    private static let setup = """
        let lock = Lock()
        async fn fetch(n) { await sleep(n) }
        async fn guarded() { with lock { await sleep(10) } }
        async fn blocked() { with lock { } }
        async fn crawl() { await gather(fetch(2), fetch(3)) }
        let c = spawn crawl()
        let g = spawn guarded()
        await sleep(0.5)
        let b = spawn blocked()
        await sleep(0.5)
        """

    @Test func theTableSaysWhatEachWaitsOnForHowLongAndWhere() async {
        let table = REPLCommand.taskTable(await tasks(after: Self.setup))
        #expect(
            table == """
                id  name          state      age      waiting  waits on
                2   crawl         waiting    1.000 s  1.000 s  gather (fetch#4, fetch#5)  (<repl:1>:5)
                3   guarded       waiting    1.000 s  1.000 s  sleep, 9.000 s left  (<repl:1>:3)
                4   fetch         waiting    1.000 s  1.000 s  sleep, 1.000 s left  (<repl:1>:2)
                5   fetch         waiting    1.000 s  1.000 s  sleep, 2.000 s left  (<repl:1>:2)
                6   blocked       waiting    0.500 s  0.500 s  Lock#1 held by guarded#3  (<repl:1>:4)
                """)
    }

    @Test func theTreeShowsWhoAwaitsWhom() async {
        let tree = REPLCommand.taskTree(await tasks(after: Self.setup))
        #expect(
            tree == """
                crawl#2 waits on gather (fetch#4, fetch#5) for 1.000 s  (<repl:1>:5)
                ├── fetch#4 waits on sleep, 1.000 s left for 1.000 s  (<repl:1>:2)
                └── fetch#5 waits on sleep, 2.000 s left for 1.000 s  (<repl:1>:2)
                guarded#3 waits on sleep, 9.000 s left for 1.000 s  (<repl:1>:3)
                blocked#6 waits on Lock#1 held by guarded#3 for 0.500 s  (<repl:1>:4)
                """)
    }

    @Test func tasksThatAwaitEachOtherInACircleStillShow() async {
        let tree = REPLCommand.taskTree(
            await tasks(after: "var a = nil\nvar b = nil\nasync fn one() { await b }\nasync fn two() { await a }\na = spawn one()\nb = spawn two()\nawait sleep(0)"))
        #expect(tree.contains("one#2 waits on task two#3"))
        #expect(tree.contains("└── two#3 waits on task one#2"))
        #expect(tree.contains("└── one#2 (a cycle: shown above)"))
    }
}
