import Testing

@Suite struct FunctionTests {
    @Test func closuresCaptureVariablesByReference() {
        let source = """
            fn counter() {
                var n = 0
                return fn () { n += 1; return n }
            }
            let c = counter()
            c(); c()
            print(c())
            """
        #expect(output(source) == "3\n")
    }

    @Test func eachLoopIterationBindsAFreshVariable() {
        #expect(output("let fs = []\nfor i in range(3) { fs.append(fn () => i) }\nprint(fs.map(fn (f) => f()))") == "[0, 1, 2]\n")
    }

    @Test func defaultsAndLabelsBindByName() {
        let source = """
            fn greet(name, greeting = "Hello", punct = "!") => "\\(greeting), \\(name)\\(punct)"
            print(greet("Ann"))
            print(greet("Bo", punct: "?"))
            print(greet(greeting: "Hi", name: "Cy"))
            print(greet(...["Di", "Yo"]))
            """
        #expect(output(source) == "Hello, Ann!\nHello, Bo?\nHi, Cy!\nYo, Di!\n")
    }

    @Test(arguments: [
        ("fn f(a) {}\nf(1, 2)", "error: TypeError: f() takes 1 argument but 2 were given"),
        ("fn f(a, b) {}\nf(1)", "error: TypeError: f() is missing the argument 'b'"),
        ("fn f(alpha) {}\nf(alpah: 1)", "error: TypeError: f() has no parameter named 'alpah'; did you mean 'alpha'?"),
        ("fn f(a) {}\nf(1, a: 2)", "error: TypeError: f() got two values for 'a'"),
        ("len(1, 2)", "error: TypeError: len() expects 1 argument, got 2"),
        ("print(1, color: 2)", "error: TypeError: print() got an unexpected label 'color:' (it takes labels end, sep)"),
    ])
    func badCallsAreTypeErrors(_ source: String, _ heading: String) {
        #expect(run(source).errorHeading == heading)
    }

    @Test func localFunctionsOfOneBlockCallEachOther() {
        let source = """
            fn outer() {
                fn even(n) { if n == 0 { return true }; return odd(n - 1) }
                fn odd(n) { if n == 0 { return false }; return even(n - 1) }
                return even(10)
            }
            print(outer())
            """
        #expect(output(source) == "true\n")
    }

    @Test func unboundedRecursionIsARecursionError() {
        let result = run("fn f(n) { return f(n + 1) }\nf(0)")
        #expect(result.errorHeading == "error: RecursionError: maximum call depth (10000) exceeded")
        #expect(result.errors.contains("... the line above repeats"))
    }

    @Test func theCallDepthLimitIsConfigurable() {
        let result = run("fn f(n) { if n == 0 { return 0 }; return f(n - 1) }\nprint(f(500))") {
            $0.limits.maxCallDepth = 100
        }
        #expect(result.errorHeading == "error: RecursionError: maximum call depth (100) exceeded")
    }

    @Test func generatorsYieldLazily() {
        let source = """
            fn numbers() {
                var i = 0
                while true { yield i; i += 1 }
            }
            for n in numbers() {
                if n > 3 { break }
                print(n)
            }
            fn squares(n) { for i in range(n) { yield i * i } }
            print(list(squares(4)), sum(squares(4)))
            """
        #expect(output(source) == "0\n1\n2\n3\n[0, 1, 4, 9] 14\n")
    }

    @Test func anErrorInAGeneratorReachesItsConsumer() {
        let source = """
            fn g() { yield 1; throw ValueError("inside") }
            try { for x in g() { print(x) } } catch ValueError as e { print("caught", e.message) }
            """
        #expect(output(source) == "1\ncaught inside\n")
    }

    @Test func awaitingACoroutineRunsItInline() {
        #expect(output("async fn add(a, b) { return a + b }\nprint(await add(1, 2))\nlet c = add(3, 4)\nprint(await c)") == "3\n7\n")
    }
}
