import Testing

@testable import AsyncLang

/// Hostile input: the parser must never crash, hang or exhaust the native
/// stack, and must report `nesting too deep` once, where the limit was crossed.
/// Serialized so the big inputs do not compete for the two cores.
@Suite(.serialized) struct ParserLimitsTests {
    static let eightMegabytes = 8 << 20
    static let tooLong = "expression too long (more than 10000 operators deep)"
    static let tooDeep = "nesting too deep (more than 1000 levels)"
    /// Parses that take longer have gone quadratic or hung. Only that is
    /// checked here, generously enough for two busy cores; how fast the parser
    /// is belongs to benchmarks, not tests.
    static let hangDeadline = 120.0

    /// Parses on a thread with an ordinary 8 MB stack (debug builds have the
    /// biggest frames), returning the errors and how long the parse took.
    private func parseOnStack(_ source: String, options: ParseOptions = ParseOptions()) -> (
        errors: [String], seconds: Double, result: ParseResult?
    ) {
        let file = SourceFile(path: "deep.aw", text: source)
        nonisolated(unsafe) var outcome: (ParseResult?, Duration) = (nil, .zero)
        runOnThread(stackSize: Self.eightMegabytes) {
            let clock = ContinuousClock()
            let start = clock.now
            let result = Parser.parse(file, options: options)
            outcome = (result, clock.now - start)
        }
        let result = outcome.0!
        let seconds = Double(outcome.1.components.seconds) + Double(outcome.1.components.attoseconds) / 1e18
        return (Parse.errors(of: result), seconds, result)
    }

    private func repeated(_ piece: String, _ count: Int) -> String {
        String(repeating: piece, count: count)
    }

    @Test func hundredThousandParentheses() {
        let (errors, seconds, result) = parseOnStack(repeated("(", 100_000) + "1" + repeated(")", 100_000) + "\nx = 2")
        #expect(errors == ["1:1001: \(Self.tooDeep)"])
        #expect(result.map(Parse.tree(of:))?.hasSuffix("(= x 2)") == true)
        #expect(seconds < Self.hangDeadline)
    }

    @Test func fiveMegabyteOperatorChain() {
        let (errors, seconds, _) = parseOnStack(repeated("1+", 2_500_000) + "1")
        #expect(errors == ["1:20002: \(Self.tooLong)"])  // the 10001st '+'
        #expect(seconds < Self.hangDeadline)
    }

    @Test func fiveMegabyteFlatList() {
        let (errors, seconds, result) = parseOnStack("xs = [" + repeated("1,", 2_500_000) + "1]")
        #expect(errors.isEmpty)
        guard let statement = result?.program.main.body.statements.first, case .assign(_, let list) = statement.kind,
            case .list(let elements) = list.kind
        else {
            Issue.record("no list")
            return
        }
        #expect(elements.count == 2_500_001)
        #expect(seconds < Self.hangDeadline)
    }

    @Test func fiveMegabyteCallArguments() {
        let (errors, _, _) = parseOnStack("f(" + repeated("a, ", 1_000_000) + ")")
        #expect(errors.isEmpty)
    }

    @Test func hundredThousandMinusSigns() {
        let (errors, seconds, _) = parseOnStack(repeated("-", 100_000) + "1")
        #expect(errors == ["1:1001: \(Self.tooDeep)"])
        #expect(seconds < Self.hangDeadline)
    }

    /// Hostile inputs by name (names, not sources, are the test arguments, to keep reports short).
    static func hostile(_ name: String) -> String {
        let n = 100_000
        switch name {
        case "brackets": return String(repeating: "[", count: n)
        case "closed brackets": return String(repeating: "[", count: n) + String(repeating: "]", count: n)
        case "maps": return "x = " + String(repeating: "{a: ", count: n)
        case "calls": return "f" + String(repeating: "()", count: n)
        case "nested calls": return String(repeating: "f(", count: n)
        case "members": return "a" + String(repeating: ".b", count: n)
        case "indexes": return "a" + String(repeating: "[0]", count: n)
        case "powers": return String(repeating: "2**", count: n) + "2"
        case "nots": return String(repeating: "not ", count: n) + "x"
        case "awaits": return String(repeating: "await ", count: n) + "x"
        case "spawns": return String(repeating: "spawn ", count: n) + "x"
        case "and chain": return String(repeating: "a and ", count: n) + "b"
        case "if blocks": return String(repeating: "if x {\n", count: n)
        case "closed if blocks": return String(repeating: "if x {\n", count: n) + String(repeating: "}\n", count: n)
        case "while blocks": return String(repeating: "while x { ", count: n)
        case "function bodies": return String(repeating: "fn f() {\n", count: n)
        case "arrow functions": return "g = " + String(repeating: "fn () => ", count: n) + "1"
        case "spawn blocks": return String(repeating: "spawn {\n", count: n)
        case "interpolations": return String(repeating: "\"\\(", count: n) + String(repeating: ")\"", count: n)
        case "interpolations with parentheses": return String(repeating: "\"\\((", count: n)
        case "groups in operators": return String(repeating: "1 + (", count: n) + "1"
        default: fatalError("no input named \(name)")
        }
    }

    @Test(arguments: [
        ("brackets", "1:1001"), ("closed brackets", "1:1001"), ("maps", "1:4005"),
        ("nested calls", "1:2002"), ("powers", "1:3002"),
        ("nots", "1:4001"), ("awaits", "1:6001"), ("spawns", "1:6001"),
        ("if blocks", "1001:6"), ("closed if blocks", "1001:6"), ("while blocks", "1:10009"),
        ("function bodies", "1001:5"),
        ("arrow functions", "1:9008"),  // the parameters of the 1001st function
        ("spawn blocks", "501:1"),  // `spawn` and its block are a level each
        ("interpolations", "1:3004"),  // the 1001st nested string
        // The lexer scans the outermost literal first and stops at the 1001st nested one.
        ("interpolations with parentheses", "1:4005"),
        ("groups in operators", "1:2503"),  // the right operand and the group are a level each
    ])
    func deepInputReportsOnceAndRecovers(name: String, position: String) {
        let (errors, seconds, _) = parseOnStack(Self.hostile(name))
        #expect(errors == ["\(position): \(Self.tooDeep)"], "\(name)")
        #expect(seconds < Self.hangDeadline, "\(name)")
    }

    /// Left-leaning chains (`a + b + …`, `f()()…`, `a.b.c…`) are not deep syntax, but
    /// each link is a level of the tree, limited by `maxExpressionDepth`.
    @Test(arguments: [("calls", "1:20002"), ("members", "1:20002"), ("indexes", "1:30002"), ("and chain", "1:60003")])
    func longChainsReportOnceAndRecover(name: String, position: String) {
        let (errors, seconds, _) = parseOnStack(Self.hostile(name))
        #expect(errors == ["\(position): \(Self.tooLong)"], "\(name)")
        #expect(seconds < Self.hangDeadline, "\(name)")
    }

    @Test func floodOfBadCharactersStopsAtTheErrorLimit() {
        let (errors, seconds, _) = parseOnStack(repeated("@", 5_000_000))
        #expect(errors.count == ParseOptions().maxErrors)
        #expect(errors.first == "1:1: unexpected character '@'")
        #expect(seconds < Self.hangDeadline)
        #expect(parseOnStack(repeated("x = @\n", 1_000_000)).errors.count == ParseOptions().maxErrors)
    }

    @Test func openBracesAtStatementStart() {
        let (errors, _, _) = parseOnStack(repeated("{", 100_000))
        #expect(
            errors == [
                "1:1: a statement cannot start with '{': a block needs a keyword such as 'if', and a map literal cannot stand alone"
            ])
    }

    @Test func independentErrorAfterDeepConstructIsStillReported() {
        let source = repeated("(", 2000) + "1" + repeated(")", 2000) + "\nlet = 1\n"
        #expect(
            parseOnStack(source).errors == ["1:1001: \(Self.tooDeep)", "2:5: expected a name after 'let', found '='"])
    }

    @Test(arguments: [
        ("parentheses", String(repeating: "(", count: 1000) + "1" + String(repeating: ")", count: 1000)),
        ("lists", String(repeating: "[", count: 1000) + String(repeating: "]", count: 1000)),
        ("maps", "x = " + String(repeating: "{a: ", count: 999) + "1" + String(repeating: "}", count: 999)),
        ("calls", String(repeating: "f(", count: 1000) + String(repeating: ")", count: 1000)),
        ("call chain", "f" + String(repeating: "()", count: 1000)),
        ("operator chain", String(repeating: "1 + ", count: 1000) + "1"),
        ("powers", String(repeating: "2 ** ", count: 1000) + "2"),
        ("minus signs", String(repeating: "-", count: 1000) + "1"),
        ("if blocks", String(repeating: "if x {\n", count: 1000) + String(repeating: "}\n", count: 1000)),
        ("functions", String(repeating: "fn f() {\n", count: 1000) + String(repeating: "}\n", count: 1000)),
        ("try blocks", String(repeating: "try {\n", count: 1000) + String(repeating: "} finally { }\n", count: 1000)),
        ("function arguments", String(repeating: "f(fn () {\n", count: 500) + String(repeating: "})\n", count: 500)),
        ("arrow functions", "g = " + String(repeating: "fn () => ", count: 1000) + "1"),
        ("interpolations", String(repeating: "\"\\(", count: 1000) + "1" + String(repeating: ")\"", count: 1000)),
        ("groups in operators", String(repeating: "1 + (", count: 500) + "1" + String(repeating: ")", count: 500)),
        ("negated groups", String(repeating: "-(", count: 500) + "1" + String(repeating: ")", count: 500)),
        ("comparisons of groups", String(repeating: "1 < (", count: 500) + "1" + String(repeating: ")", count: 500)),
    ])
    func thousandLevelsFitAnEightMegabyteStack(name: String, source: String) {
        #expect(parseOnStack(source).errors.isEmpty, "\(name)")
    }

    @Test func oneLevelTooManyIsReported() {
        #expect(parseOnStack(repeated("(", 1001) + "1" + repeated(")", 1001)).errors == ["1:1001: \(Self.tooDeep)"])
        #expect(parseOnStack(repeated("1 + ", 1001) + "1").errors.isEmpty)  // a chain is not nesting
        #expect(parseOnStack(repeated("1 + ", 10_001) + "1").errors == ["1:40003: \(Self.tooLong)"])
    }

    @Test func treeDepthCountsWhatChainsPushDown() {
        // A function body 900 levels deep, then pushed down by a chain of 9,200 operators.
        let source = "x = fn () { " + repeated("[", 900) + repeated("]", 900) + " }" + repeated(" + 1", 9200)
        #expect(parseOnStack(source).errors == ["1:38212: \(Self.tooLong)"])  // the 9100th "+": 9100 + 901 > 10000
        // Parenthesised chains inside chains: the tree is deeper than either.
        let nested = repeated("(", 10) + repeated("a + ", 3000) + "a" + repeated(") + a", 10) + repeated(" + a", 8000)
        #expect(parseOnStack(nested).errors.count == 1)
    }

    @Test func smallerLimitFromOptions() {
        var options = ParseOptions()
        options.maxNesting = 10
        #expect(parseOnStack(repeated("(", 10) + "1" + repeated(")", 10), options: options).errors.isEmpty)
        #expect(
            parseOnStack(repeated("(", 11) + "1" + repeated(")", 11), options: options).errors == [
                "1:11: nesting too deep (more than 10 levels)"
            ])
        options.maxExpressionDepth = 10
        #expect(
            parseOnStack("x = a.b.c.d.e.f.g.h.i.j.k.l", options: options).errors == [
                "1:26: expression too long (more than 10 operators deep)"
            ])
    }

    @Test func lexingFiveMegabytesEnds() {
        let file = SourceFile(path: "big.aw", text: repeated("let total_1 = f(x, \"text\") + 12 # note\n", 130_000))
        let clock = ContinuousClock()
        let start = clock.now
        var count = 0
        file.bytes.withUnsafeBufferPointer { bytes in
            let output = LexerOutput(errors: SyntaxErrorLog())
            var lexer = Lexer(file: bytes, output: output, maxNesting: 1000)
            while lexer.next().kind != .endOfInput { count += 1 }
        }
        let elapsed = clock.now - start
        print("lexed \(file.bytes.count) bytes in \(elapsed)")
        #expect(file.bytes.count > 5_000_000)
        #expect(count == 130_000 * 12)
        // About 0.4 s in a debug build on a quiet machine; the deadline only catches a hang.
        #expect(elapsed < .seconds(Self.hangDeadline))
    }

    @Test func randomBytesNeverCrash() {
        var generator = SplitMix(seed: 42)
        let alphabet = Array("()[]{}\"\\ \n\t,.:;=+-*/%<>!&|#@abcdefxyz0123456789_ letvarfnifelsewhilefortrycatch".utf8)
        for _ in 0..<300 {
            let length = Int(generator.next() % 200)
            let bytes = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            let result = Parser.parse(SourceFile(path: "fuzz.aw", bytes: bytes))
            #expect(result.diagnostics.count <= ParseOptions().maxErrors)
        }
    }
}

/// A tiny deterministic generator for the fuzz test.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
