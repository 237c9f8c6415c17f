import Foundation
import Testing

@testable import asyncrepl

/// Hostile input to the real binary: each case ends in an error report and
/// status 1 (an empty file in silence and status 0), never a crash or a hang.
@Suite("Bad input never crashes or hangs the binary", .onOwnThreads)
struct BadInputTests {
    private func runScript(_ bytes: [UInt8]) throws -> ChildOutcome {
        let directory = try TemporaryDirectory()
        let file = try directory.write("input.aw", bytes: bytes)
        // --slow 0: a run this long on bad input may hold the loop; the report is what is checked.
        return try AsyncReplBinary.run(["run", file, "--slow", "0"], timeout: .seconds(60))
    }

    private func expectReport(_ outcome: ChildOutcome, heading: String, location: String? = nil) {
        #expect(outcome.ending == .exited(1))
        #expect(outcome.stdout.isEmpty)
        let lines = outcome.stderrText.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first.map(String.init) == heading)
        if let location { #expect(lines.count > 1 && lines[1].hasSuffix(location)) }
    }

    @Test func hundredThousandNestedParentheses() throws {
        let source = "print(" + String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000) + ")\n"
        expectReport(try runScript(Array(source.utf8)), heading: "error[syntax]: nesting too deep (more than 1000 levels)")
    }

    @Test func aFiveMegabyteOneLineExpression() throws {
        let source = "print(" + String(repeating: "1+", count: 2_500_000) + "1)\n"
        let outcome = try runScript(Array(source.utf8))
        expectReport(outcome, heading: "error[syntax]: expression too long (more than 10000 operators deep)")
        // The quoted line is cut to a window around the caret, not 5 MB of text.
        #expect(outcome.stderr.count < 2_000)
    }

    @Test func invalidUTF8NamesTheByteOffset() throws {
        let outcome = try runScript(Array("print(\"ab".utf8) + [0xFF, 0xFE] + Array("\")\n".utf8))
        expectReport(outcome, heading: "error[syntax]: invalid UTF-8 at byte offset 9", location: ":1:10")
    }

    @Test func anEmptyFileRunsSilently() throws {
        let outcome = try runScript([])
        #expect(outcome.ending == .exited(0))
        #expect(outcome.stdout.isEmpty && outcome.stderr.isEmpty)
    }

    @Test func unboundedRecursionIsARecursionError() throws {
        let outcome = try runScript(Array("fn down(n) { return down(n + 1) }\ndown(0)\n".utf8))
        expectReport(outcome, heading: "error: RecursionError: maximum call depth (10000) exceeded", location: ":1:21")
        #expect(outcome.stderr.count < 4_000)
    }

    @Test func cancellingAChainOfSixHundredThousandTasksAwaitingEachOther() throws {
        let source = """
            async fn link(prev) { if prev == nil { await sleep(1000) } else { await prev } }
            var t = nil
            for i in range(600000) { t = spawn link(t) }
            await sleep(1)
            t.cancel()
            try { await t } catch CancelledError { print("cancelled chain") }
            """
        let directory = try TemporaryDirectory()
        let file = try directory.write("chain.aw", source)
        let outcome = try AsyncReplBinary.run(["run", file, "--virtual", "--slow-steps", "0"], timeout: .seconds(300))  // about 12 s on a quiet machine; only a hang fails
        #expect(outcome == ChildOutcome(stdout: Array("cancelled chain\n".utf8), stderr: [], ending: .exited(0)))
    }

    @Test func anIntegerLiteralBeyondSixtyFourBits() throws {
        expectReport(
            try runScript(Array("let big = 18446744073709551616\n".utf8)),
            heading: "error[syntax]: integer literal '18446744073709551616' is too large for a 64-bit integer",
            location: ":1:11")
    }

    @Test func anUnterminatedStringAtEndOfFile() throws {
        expectReport(
            try runScript(Array("print(\"never closed".utf8)), heading: "error[syntax]: unterminated string literal",
            location: ":1:7")
    }

    @Test func anUnterminatedTripleQuotedStringAtEndOfFile() throws {
        expectReport(
            try runScript(Array("let s = \"\"\"\nline one\nline two\n".utf8)),
            heading: "error[syntax]: unterminated triple-quoted string", location: ":1:9")
    }

    @Test func aNulByteIsASyntaxError() throws {
        expectReport(
            try runScript(Array("print(1)".utf8) + [0] + Array("\n".utf8)), heading: "error[syntax]: NUL byte in source",
            location: ":1:9")
    }
}
