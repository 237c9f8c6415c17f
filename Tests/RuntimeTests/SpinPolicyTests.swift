import Foundation
import Testing

@testable import Runtime

/// When a waiting thread spins before it sleeps (`SpinPolicy`).
@Suite struct SpinPolicyTests {
    @Test func eightMissesInARowRestTheSpinFor256WaitsThenItTriesAgain() {
        var policy = SpinPolicy()
        var answers: [Bool] = []
        for _ in 0..<8 {
            answers.append(policy.spinsNow())
            policy.record(arrived: false)
        }
        for _ in 0..<257 { answers.append(policy.spinsNow()) }
        #expect(answers == Array(repeating: true, count: 8) + Array(repeating: false, count: 256) + [true])
    }

    @Test func anArrivalStartsTheCountOfMissesAgain() {
        var policy = SpinPolicy()
        for _ in 0..<7 { policy.record(arrived: false) }
        policy.record(arrived: true)
        for _ in 0..<7 { policy.record(arrived: false) }
        let spins = policy.spinsNow()
        #expect(spins, "7 misses since the last arrival")
    }

    @Test func aSpinEndsWhenItsCheckDecidesOrItsTimeRunsOut() {
        var calls = 0
        #expect(SpinPolicy.spin(upTo: 1_000_000_000) {
            calls += 1
            return calls == 100 ? true : nil
        })
        #expect(!SpinPolicy.spin(upTo: 1_000_000_000) { false })
        #expect(!SpinPolicy.spin(upTo: 0) { nil })
    }

    @Test func anInboxItemPostedFromAnotherThreadEndsTheSpin() {
        let inbox = LoopInbox()
        // A thread of its own: a spin on a thread of the shared pool must not wait for that pool.
        Thread.detachNewThread { inbox.post {} }
        var arrived = false
        for _ in 0..<60_000 where !arrived {  // up to a minute in 1 ms spins: only catches a hang
            arrived = inbox.spin(upTo: 1_000_000) { false }
            if !arrived { usleep(1000) }
        }
        #expect(arrived)
        #expect(inbox.take().count == 1)
        #expect(!inbox.hasItems)
    }
}
