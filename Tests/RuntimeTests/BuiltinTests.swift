import Runtime
import Testing

@Suite struct BuiltinTests {
    @Test func helpDescribesScriptFunctionsModulesAndEveryBuiltin() {
        #expect(
            output("async fn fetch(url, retries = 3) { return url }\nhelp(fetch)\nhelp(fn (x) => x)")
                == "async fn fetch(url, retries = …) — defined at test.aw:1:1\nfn <fn>(x) — defined at test.aw:3:6\n")
        let overview = output("help()")
        #expect(overview.contains("  sync — primitives tasks share: semaphores, locks, events, queues:\n    Semaphore, Lock, Event, Queue\n"))
        // Every builtin function and type has its line, written once, in its table.
        for module in Module.standard {
            for function in module.exports {
                #expect(function.doc.contains(" — "), "\(function.name) in \(module.name) has no help line")
            }
            for type in module.types where type.constructor == nil {
                #expect(!type.doc.isEmpty, "the type \(type.name) has no help line")
            }
        }
    }

    @Test func stringMethods() {
        #expect(output("print(\" a,b \".strip().split(\",\"), \"-\".join([\"x\", \"y\"]), \"Hi\".upper(), \"Hi\".lower(), \"aXbX\".replace(\"X\", \"-\"), \"abc\".starts_with(\"ab\"), \"abc\".ends_with(\"bc\"), \"abc\".contains(\"z\"))") == "[\"a\", \"b\"] x-y HI hi a-b- true true false\n")
    }

    @Test func listMethods() {
        let source = """
            let xs = [3, 1, 2]
            xs.append(5); xs.insert(0, 9); xs.remove(1)
            print(xs, xs.pop(), xs.pop(0), xs.index(2), xs.contains(3))
            xs.sort(); print(xs); xs.reverse(); print(xs)
            print(xs.map(fn (x) => x * 10), xs.filter(fn (x) => x > 2))
            """
        #expect(output(source) == "[3, 2] 5 9 1 true\n[2, 3]\n[3, 2]\n[30, 20] [3]\n")
    }

    @Test func sortingIsStableAndTakesKeyAndReverse() {
        #expect(output("print(sorted([\"bb\", \"a\", \"cc\", \"d\"], key: len), sorted([1, 3, 2], reverse: true), min([3, 1, 2]), max(\"a\", \"c\", \"b\"), max([\"aa\", \"b\"], key: len))") == "[\"a\", \"d\", \"bb\", \"cc\"] [3, 2, 1] 1 c aa\n")
    }

    @Test func conversions() {
        #expect(output("print(int(\"42\"), int(\" -7 \"), int(3.9), int(-3.9), float(\"1e3\"), str(1.0), bool(\"\"), list(\"ab\"), round(2.5), round(3.5), round(2.675, 2))") == "42 -7 3 -3 1000.0 1.0 false [\"a\", \"b\"] 2 4 2.67\n")
        #expect(run("int(\"4x\")").errorHeading == "error: ValueError: invalid literal for int(): \"4x\"")
    }

    @Test func printTakesSepAndEnd() {
        #expect(output("print(1, 2, sep: \"-\", end: \"!\")\nprint()") == "1-2!\n")
    }

    @Test func enumerateAndZipMakePairs() {
        #expect(output("print(enumerate([\"a\", \"b\"]), zip([1, 2, 3], \"ab\"))") == "[[0, \"a\"], [1, \"b\"]] [[1, \"a\"], [2, \"b\"]]\n")
    }

    @Test func statsReportsTheRuntime() {
        #expect(output("let s = stats()\nprint(s.keys(), s.tasks_live, s.rss_bytes > 0)") == "[\"elapsed\", \"tasks_live\", \"tasks_total\", \"rss_bytes\", \"cpu_seconds\"] 1 true\n")
    }
}
