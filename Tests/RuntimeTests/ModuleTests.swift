import AsyncLang
import Runtime
import Synchronization
import Testing

/// A test-only object type a host defines: a counter with a field, methods, a
/// `with` context that records how the block ended, iteration, and awaiting.
final class Tally: NativeObject {
    var count = 0
    var open = 0
    var exits: [String] = []

    static let nativeType: NativeType = NativeType(
        "Tally", of: Tally.self,
        constructor: NativeFunction("Tally", arity: 0...1) { args in
            let tally = Tally(type: nativeType)
            tally.count = try args.optional(0).map { _ in try args.int(0, "a starting count") } ?? 0
            return .object(tally)
        },
        fields: [
            NativeField("count") { .int($0.count) },
            NativeField("open") { .int($0.open) },
            NativeField("exits") { .list($0.exits.map { .string($0) }) },
        ],
        methods: [
            NativeMethod("add", arity: 1...1, labels: ["times"]) { tally, args in
                tally.count += try args.int(0, "a number to add") * (try args.int(label: "times") ?? 1)
                return .int(tally.count)
            }
        ],
        context: NativeContext(
            enter: { tally, _ in
                tally.open += 1
                return .object(tally)
            },
            exit: { tally, error, _ in
                tally.open -= 1
                tally.exits.append(error?.summary ?? "ok")
                // A true result swallows the error, as Python's __exit__ does.
                return .bool(error?.errorKind == "KeyError")
            }),
        awaiting: { tally in
            let count = tally.count
            return .operation("Tally.settle") { .int(count * 10) }
        },
        elements: { tally in (0..<tally.count).map { .int($0) } },
        display: { "<Tally \($0.count)>" })
}

let tallyModule = Module("tally", types: [Tally.nativeType])

@Suite struct ModuleTests {
    @Test func aHostTypeHasAFieldAMethodAndAWithContext() async throws {
        let result = await evaluate(
            """
            let t = Tally(2)
            print(t, type(t), t.count)
            print(t.add(3), t.add(1, times: 4))
            with t as same { print(same.open) }
            try { with t { throw ValueError("inside") } } catch e { print("caught", e) }
            with t { throw KeyError("swallowed") }
            print(t.open, t.exits)
            """, modules: Module.standard + [tallyModule])
        #expect(
            result == """
                <Tally 2> Tally 2
                5 9
                1
                caught ValueError: inside
                0 ["ok", "ValueError: inside", "KeyError: swallowed"]

                """)
    }

    @Test func aHostTypeCanBeAwaitedSpawnedAndIterated() async throws {
        let result = await evaluate(
            """
            let t = Tally(3)
            print(await t)
            print(await spawn t)
            for i in t { print(i) }
            """, modules: Module.standard + [tallyModule])
        #expect(result == "30\n30\n0\n1\n2\n")
    }

    @Test func aHostTypesArgumentErrorsReadLikeTheBuiltins() async throws {
        let result = await evaluate(
            """
            try { Tally(2).add("x") } catch e { print(e) }
            try { Tally(2).add(1, times: "y") } catch e { print(e) }
            try { sleep("x") } catch e { print(e) }
            try { Tally(2).zzz } catch e { print(e) }
            try { Tally(2).cuont } catch e { print(e) }
            """, modules: Module.standard + [tallyModule])
        #expect(
            result == """
                TypeError: add() expects a number to add, got string
                TypeError: add() expects 'times:' to be an int, got string
                TypeError: sleep() expects a number of seconds, got string
                TypeError: Tally has no member 'zzz'
                TypeError: Tally has no member 'cuont'; did you mean 'count'?

                """)
    }

    /// The builtin Semaphore type and the host's Tally arrive through the same public `register`.
    @Test func aBuiltinTypeAndAHostTypeGoThroughTheSameRegistration() async throws {
        var configuration = Configuration()
        configuration.modules = [.core]
        let printed = Mutex("")
        configuration.output = OutputSink { text in printed.withLock { $0 += text } }
        let interpreter = Interpreter(configuration: configuration)
        await #expect(throws: ScriptError.self) { try await interpreter.evaluate("Semaphore(1)") }
        await interpreter.register(.sync)
        await interpreter.register(tallyModule)
        try await interpreter.evaluate("print(Semaphore(2), Tally(1))")
        #expect(printed.withLock { $0 } == "<Semaphore 2/2> <Tally 1>\n")
        #expect(Module.sync.types.contains { $0.name == "Semaphore" && $0.constructor?.name == "Semaphore" })
    }

    @Test func aNamespaceModuleIsReachedThroughItsName() async throws {
        let geo = Module(
            "geo", namespace: true,
            functions: [
                NativeFunction("manhattan", arity: 4) { args in
                    .int(abs(try args.int(0) - args.int(2)) + abs(try args.int(1) - args.int(3)))
                }
            ], types: [Tally.nativeType])
        let result = await evaluate(
            """
            print(geo, type(geo), geo.manhattan(0, 0, 3, 4), geo.Tally(5))
            try { geo.manhatan(1) } catch e { print(e) }
            try { manhattan(0, 0, 1, 1) } catch e { print(e.kind) }
            """, modules: Module.standard + [geo])
        #expect(
            result == """
                <module geo> module 7 <Tally 5>
                TypeError: module has no member 'manhatan'; did you mean 'manhattan'?
                NameError

                """)
    }

    @Test func aModuleTheHostLeftOutIsANameErrorThatSaysSo() async throws {
        let result = await evaluate(
            """
            try { await sleep(1) } catch e { print(e) }
            try { Lock() } catch e { print(e) }
            try { shuffle([1]) } catch e { print(e) }
            try { print(env("HOME")) } catch e { print(e) }
            try { print(undefined_thing) } catch e { print(e) }
            print(len([1, 2]))
            """, modules: [.core])
        #expect(
            result == """
                NameError: name 'sleep' is not defined: it belongs to the module 'tasks', which this interpreter does not enable
                NameError: name 'Lock' is not defined: it belongs to the module 'sync', which this interpreter does not enable
                NameError: name 'shuffle' is not defined: it belongs to the module 'random', which this interpreter does not enable
                NameError: name 'env' is not defined: it belongs to the module 'system', which this interpreter does not enable
                NameError: name 'undefined_thing' is not defined
                2

                """)
    }

    @Test func completionListsAHostTypesMembers() async throws {
        var configuration = Configuration()
        configuration.modules = Module.standard + [tallyModule]
        let interpreter = Interpreter(configuration: configuration)
        try await interpreter.evaluate("let t = Tally(1)\nlet e = ValueError(\"x\")")
        #expect(await interpreter.completions(after: ["t"]) == ["add", "count", "exits", "open"])
        #expect(await interpreter.completions(after: ["e"]) == ["errors", "kind", "message", "trace"])
    }

    @Test func asyncAndSyncFunctionsShareTheArgumentCheckers() async throws {
        var configuration = Configuration()
        configuration.modules = Module.standard + [
            Module(
                "host",
                functions: [
                    NativeFunction("wait_ms", arity: 1...1, labels: ["scale"]) { (args: AsyncArguments) in
                        let milliseconds = try args.int(0, "a number of milliseconds") * (try args.int(label: "scale") ?? 1)
                        try await Task.sleep(for: .milliseconds(milliseconds))
                        return .int(milliseconds)
                    },
                    NativeFunction("count_ms", arity: 1...1, labels: ["scale"]) { args in
                        .int(try args.int(0, "a number of milliseconds") * (try args.int(label: "scale") ?? 1))
                    },
                ])
        ]
        let printed = Mutex("")
        configuration.output = OutputSink { text in printed.withLock { $0 += text } }
        let interpreter = Interpreter(configuration: configuration)
        try await interpreter.evaluate(
            """
            print(await wait_ms(2, scale: 3), count_ms(2, scale: 3))
            try { await wait_ms("a") } catch e { print(e) }
            try { count_ms("a") } catch e { print(e) }
            try { await wait_ms(1, scale: 1.5) } catch e { print(e) }
            try { count_ms(1, scale: 1.5) } catch e { print(e) }
            """)
        #expect(
            printed.withLock { $0 } == """
                6 6
                TypeError: wait_ms() expects a number of milliseconds, got string
                TypeError: count_ms() expects a number of milliseconds, got string
                TypeError: wait_ms() expects 'scale:' to be an int, got float
                TypeError: count_ms() expects 'scale:' to be an int, got float

                """)
    }

    /// Runs `source` with the given modules and returns what it printed (and any error report).
    private func evaluate(_ source: String, modules: [Module]) async -> String {
        let printed = Mutex("")
        var configuration = Configuration()
        configuration.clock = .virtual
        configuration.modules = modules
        configuration.output = OutputSink { text in printed.withLock { $0 += text } }
        configuration.errorOutput = OutputSink { text in printed.withLock { $0 += text } }
        let interpreter = Interpreter(configuration: configuration)
        _ = await interpreter.run(SourceFile(path: "test.aw", text: source))
        return printed.withLock { $0 }
    }
}
