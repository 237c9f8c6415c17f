import AsyncLang
import Runtime
import Testing

/// The reduced exhaustive search against brute force: on generated programs
/// whose tasks share globals, lists, map fields, locks (with waiters queued at
/// different instants, so the wake order matters), semaphores, events,
/// queues and output, spawn, sleep for different times and deadlock, running one schedule per class must find exactly what running every
/// schedule finds: as many schedules, as many failing, each outcome as often.
@Suite struct ScheduleReductionTests {
    @Test(arguments: 0..<100)
    func theReducedSearchAgreesWithBruteForce(seed: Int) {
        let source = GeneratedRaceProgram(seed: UInt64(seed)).text
        let file = SourceFile(path: "generated.aw", text: source)
        let brute = Explorer.everySchedule(file, limit: 20_000)
        let reduced = Explorer.exhaustive(file, limit: 20_000)
        #expect(brute.isComplete, "the brute force did not finish:\n\(source)")
        #expect(reduced.isComplete)
        #expect(reduced.countsAreExact)
        #expect(reduced.schedules == brute.runs, "\(source)")
        #expect(reduced.failures == brute.failures, "\(source)")
        #expect(Self.histogram(reduced) == Self.histogram(brute), "\(source)")
        #expect(reduced.classes <= brute.runs)
    }

    /// Programs whose tasks queue on a lock, a semaphore or a queue at
    /// different instants, so which waiter is woken first is a branch of its own.
    @Test(arguments: 0..<60)
    func wakeOrdersAgreeWithBruteForce(seed: Int) {
        let source = GeneratedRaceProgram(seed: UInt64(seed), contended: true).text
        let file = SourceFile(path: "contended.aw", text: source)
        let brute = Explorer.everySchedule(file, limit: 20_000)
        let reduced = Explorer.exhaustive(file, limit: 20_000)
        #expect(brute.isComplete, "the brute force did not finish:\n\(source)")
        #expect(reduced.isComplete)
        #expect(reduced.schedules == brute.runs, "\(source)")
        #expect(reduced.failures == brute.failures, "\(source)")
        #expect(Self.histogram(reduced) == Self.histogram(brute), "\(source)")
    }

    /// Independent tasks: a single class, whatever the number of schedules.
    @Test func tasksThatShareNothingNeedOneRunPerWayTheyCanFinish() {
        let source = """
            var a = 0
            var b = 0
            var c = 0
            async fn wa() { for i in range(3) { a = a + 1; await sleep(0) } }
            async fn wb() { for i in range(3) { b = b + 1; await sleep(0) } }
            async fn wc() { for i in range(3) { c = c + 1; await sleep(0) } }
            await gather(wa(), wb(), wc())
            print(a + b + c)
            """
        let reduced = Explorer.exhaustive(SourceFile(path: "independent.aw", text: source))
        #expect(reduced.schedules == 34_650)
        // Only the order in which they finish (a gather counts them) tells classes apart.
        #expect(reduced.runs == 6)
        #expect(reduced.classes == 6)
        #expect(reduced.outcomes.map(\.outcome) == ["9\n"])
    }

    /// Which waiter of a lock goes first is a branch of the search: the waiter
    /// that queued later gets in first only that way.
    @Test func theWakeOrderOfALockIsExploredAndCounted() {
        let source = """
            let lock = Lock()
            let order = []
            async fn worker(name, delay) {
                await sleep(delay)
                with lock {
                    order.append(name)
                    await sleep(0.05)
                }
            }
            await gather(worker("a", 0), worker("b", 0.01), worker("c", 0.02))
            print(order)
            """
        let file = SourceFile(path: "unfair.aw", text: source)
        let reduced = Explorer.exhaustive(file)
        let brute = Explorer.everySchedule(file)
        #expect(Self.histogram(reduced) == ["[\"a\", \"b\", \"c\"]\n": 12, "[\"a\", \"c\", \"b\"]\n": 12])
        #expect(Self.histogram(brute) == Self.histogram(reduced))
        #expect(reduced.classes == 2)
        let unfair = reduced.outcomes.first { $0.outcome.contains("\"c\", \"b\"") }!.example
        #expect(unfair.choices.last!.isWakeOrder)
        #expect(ScheduleRun.run(file, policy: .replay(unfair.schedule, then: .fifo)).output == unfair.output)
    }

    @Test func theLostUpdateHasFourClassesOfSchedules() {
        let reduced = Explorer.exhaustive(SourceFile(path: "race.aw", text: ScheduleTests.lostUpdate))
        // Both reads first in either order is one class; so is both in the other order.
        #expect(reduced.schedules == 6)
        #expect(reduced.classes == 4)
        #expect(reduced.runs == 4)
    }

    static func histogram(_ exploration: Exploration) -> [String: Int] {
        Dictionary(exploration.outcomes.map { ($0.outcome, $0.count) }, uniquingKeysWith: +)
    }
}

/// A small random program of two or three tasks that race on shared state.
struct GeneratedRaceProgram {
    private var generator: UInt64
    private(set) var text = ""
    /// Three tasks that mostly wait on one primitive (`primitive`: a lock, a
    /// semaphore or a queue), queued at different instants.
    private let contended: Bool
    private var primitive = 0

    init(seed: UInt64, contended: Bool = false) {
        generator = seed &* 0x9E37_79B9_7F4A_7C15 &+ 1
        self.contended = contended
        if contended { primitive = next(3) }
        text = build()
    }

    private mutating func next(_ bound: Int) -> Int {
        generator ^= generator << 13
        generator ^= generator >> 7
        generator ^= generator << 17
        return Int(generator % UInt64(bound))
    }

    private mutating func statement(task: Int) -> String {
        let g = "g\(next(2))"
        if contended {
            let stagger = "await sleep(0.00\(task + 1))\n    "
            switch (next(5), primitive) {
            case (0, _): return "print(\"t\(task)\", \(g))"
            case (1, 2): return "await sleep(0.03)\n    q.put_nowait(\(task))"
            case (_, 0): return stagger + "with lock {\n        \(g) = \(g) * 10 + \(task)\n        await sleep(0.05)\n    }"
            case (_, 1): return stagger + "with sem {\n        \(g) = \(g) * 10 + \(task)\n        await sleep(0.05)\n    }"
            default: return stagger + "let x = await q.get()\n    \(g) = \(g) * 10 + x\n    q.put_nowait(x)"
            }
        }
        switch next(21) {
        case 0: return "let v = \(g)\n    await sleep(0)\n    \(g) = v + \(task + 1)"
        case 1: return "\(g) = \(g) * 2 + \(task)"
        case 2: return "print(\"t\(task)\", \(g))"
        case 3: return "shared.append(\(task))\n    await sleep(0)"
        case 4: return "box.f\(next(2)) = box.f\(next(2)) + \(task + 1)"
        case 5: return "with lock {\n        let v = \(g)\n        await sleep(0)\n        \(g) = v + 1\n    }"
        case 6: return "if \(g) > \(next(3)) { print(\"t\(task) saw\", \(g)) }"
        case 7: return "ready.set()"
        case 8: return "await ready.wait()\n    \(g) = \(g) + 10"
        case 9: return "q.put_nowait(\(task))\n    await sleep(0)"
        case 10: return "await sleep(0.01)\n    \(g) = \(g) - 1"
        case 11: return "let x = await q.get()\n    \(g) = \(g) + x"
        case 12: return "with sem {\n        \(g) = \(g) + 1\n        await sleep(0)\n    }"
        case 13: return "let h = spawn bump()\n    await h"
        case 14: return "await sleep(0.02)\n    print(\"t\(task) late\", \(g))"
        case 15: return "slots[\(next(3))] = slots[\(next(3))] + \(task + 1)\n    await sleep(0)"
        case 16: return "box[\"f\(next(2))\"] = box.f\(next(2)) * 3"
        case 17: return "slots.append(len(slots))"
        // Waiters queued at different instants: only a wake order other than FIFO's lets the later one in first.
        case 19: return "await sleep(0.00\(task + 1))\n    with lock {\n        \(g) = \(g) * 10 + \(task)\n        await sleep(0.05)\n    }"
        // Reads through locals (`memberLocal`, `indexLocal`) must count as reads of the shared map and list.
        case 20: return "let alias = box\n    let s = slots\n    print(\"t\(task) alias\", alias.f\(next(2)), s[\(next(3))])"
        default: return "await sleep(0)"
        }
    }

    private mutating func build() -> String {
        let tasks = contended ? 3 : 2 + next(2)
        var lines = [
            "var g0 = 0", "var g1 = 1", "let shared = []", "let box = {f0: 0, f1: 0}", "let slots = [0, 0, 0]", "let lock = Lock()",
            "let ready = Event()", "let q = Queue()", "let sem = Semaphore(1)",
            "async fn bump() {\n    g0 = g0 + 1\n}",
        ]
        var steps = 0
        for task in 0..<tasks {
            lines.append("async fn t\(task)() {")
            let count = 1 + next(tasks == 2 ? 3 : 2)
            for _ in 0..<count {
                lines.append("    " + statement(task: task))
                steps += 1
            }
            lines.append("}")
        }
        if next(2) == 0 {
            lines.append("await gather(" + (0..<tasks).map { "t\($0)()" }.joined(separator: ", ") + ")")
        } else {
            for task in 0..<tasks { lines.append("let h\(task) = spawn t\(task)()") }
            for task in 0..<tasks { lines.append("await h\(task)") }
        }
        lines.append("print(g0, g1, shared, box.f0, box.f1, q.size(), slots)")
        lines.append("if g0 == \(next(3)) { throw Error(\"g0 is unlucky\") }")
        return lines.joined(separator: "\n") + "\n"
    }
}
