import Testing

@testable import AsyncLang

@Suite struct ParserStatementTests {
    /// The trees of a program's statements, checking that it parsed cleanly.
    private func tree(_ source: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        let result = Parse.result(source)
        #expect(result.diagnostics.isEmpty, "\(Parse.errors(of: result))", sourceLocation: sourceLocation)
        #expect(!result.isIncomplete, sourceLocation: sourceLocation)
        return Parse.tree(source)
    }

    private func statements(_ source: String) -> [Stmt] {
        Parse.result(source).program.main.body.statements
    }

    @Test func mainFunction() {
        let source = "let x = 1\nprint(x)\n"
        let main = Parse.result(source).program.main
        #expect(main.name == "<main>")
        #expect(main.isAsync)
        #expect(!main.isGenerator)
        #expect(main.parameters.isEmpty)
        #expect(main.binding == nil)
        #expect(main.body.statements.count == 2)
        #expect(main.range == SourceRange(start: 0, end: source.utf8.count))
    }

    @Test func variables() throws {
        #expect(tree("let x = 1") == "(let x 1)")
        #expect(tree("var y = 2") == "(var y 2)")
        #expect(tree("var z") == "(var z)")
        let source = "let answer = 42\nvar count"
        let all = statements(source)
        guard case .variable(let constant, _) = all[0].kind, case .variable(let variable, nil) = all[1].kind else {
            Issue.record("not variables")
            return
        }
        #expect(!constant.isMutable)
        #expect(variable.isMutable)
        #expect(Parse.text(source, constant.range) == "answer")
        #expect(Parse.text(source, variable.range) == "count")
        #expect(Parse.text(source, all[0].range) == "let answer = 42")
        #expect(constant.storage == .unresolved)
    }

    @Test func assignments() throws {
        #expect(tree("x = 1") == "(= x 1)")
        #expect(tree("a[i] = 2") == "(= (index a i) 2)")
        #expect(tree("m.key = 3") == "(= (. m key) 3)")
        #expect(tree("m.a.b[0] = 4") == "(= (index (. (. m a) b) 0) 4)")
        #expect(
            tree("x += 1; x -= 2; x *= 3; x /= 4; x //= 5; x %= 6")
                == "(+= x 1) (-= x 2) (*= x 3) (/= x 4) (//= x 5) (%= x 6)")
        #expect(tree("a[0] += 1\nm.k -= 2") == "(+= (index a 0) 1) (-= (. m k) 2)")
        let source = "total //= 2"
        guard case .compoundAssign(.name(let name), .floorDivide, _, let opRange) = statements(source)[0].kind else {
            Issue.record("not a compound assignment")
            return
        }
        #expect(name.name == "total")
        #expect(Parse.text(source, opRange) == "//=")
    }

    @Test func functionStatements() throws {
        #expect(tree("fn add(a, b = 2) { return a + b }") == "(fn add (a b=2) (block (return (+ a b))))")
        #expect(
            tree("async fn fetch(url) { return await http.get(url) }")
                == "(fn fetch async (url) (block (return (await (call (. http get) url)))))")
        #expect(tree("fn double(x) => x * 2") == "(fn double (x) (block (return (* x 2))))")
        #expect(tree("fn f(\n  a,\n  b,\n) {\n}") == "(fn f (a b) (block))")
        let source = "async fn worker(q) {\n  return 1\n}"
        guard case .function(let function) = statements(source)[0].kind else {
            Issue.record("not a function")
            return
        }
        let binding = try #require(function.binding)
        #expect(binding.name == "worker")
        #expect(!binding.isMutable)
        #expect(Parse.text(source, binding.range) == "worker")
        #expect(function.isAsync)
        #expect(function.parameters.map(\.variable.isMutable) == [true])
        #expect(Parse.text(source, function.range) == source)
        #expect(Parse.text(source, function.body.range) == "{\n  return 1\n}")
    }

    @Test func generators() throws {
        #expect(
            tree("fn count(n) {\n  var i = 0\n  while i < n {\n    yield i\n    i += 1\n  }\n}").contains(
                "(fn count generator (n)"))
        #expect(tree("async fn ticks() { yield }") == "(fn ticks async generator () (block (yield nil)))")
        // Only the innermost function becomes a generator.
        let source = "fn outer() {\n  let inner = fn () { yield 1 }\n  return inner\n}"
        #expect(
            tree(source) == "(fn outer () (block (let inner (fn inner generator () (block (yield 1)))) (return inner)))"
        )
    }

    @Test func ifChains() {
        #expect(tree("if a { x() }") == "(if a (block (call x)))")
        #expect(tree("if a { x() } else { y() }") == "(if a (block (call x)) else (block (call y)))")
        #expect(
            tree("if a { } else if b { } else if c { } else { }") == "(if a (block) b (block) c (block) else (block))")
        #expect(
            tree("if a {\n  x()\n}\nelse if b {\n  y()\n}\nelse {\n  z()\n}")
                == "(if a (block (call x)) b (block (call y)) else (block (call z)))")
        #expect(tree("if x in xs and not done { }") == "(if (and (in x xs) (not done)) (block))")
    }

    @Test func loops() throws {
        #expect(tree("while x < 3 { x += 1 }") == "(while (< x 3) (block (+= x 1)))")
        #expect(tree("for x in xs { print(x) }") == "(for (x) xs (block (call print x)))")
        #expect(tree("for k, v in m.items() { }") == "(for (k v) (call (. m items)) (block))")
        #expect(tree("for await x in q { }") == "(for-await (x) q (block))")
        #expect(
            tree("for i in range(3) { if i == 1 { continue }\n break }")
                == "(for (i) (call range 3) (block (if (== i 1) (block (continue))) (break)))")
        let source = "for key, value in pairs { }"
        guard case .forLoop(let names, _, _, let isAwait) = statements(source)[0].kind else {
            Issue.record("not a loop")
            return
        }
        #expect(!isAwait)
        #expect(names.map(\.name) == ["key", "value"])
        #expect(names.allSatisfy { $0.isMutable })
        #expect(Parse.text(source, names[1].range) == "value")
    }

    @Test func returns() {
        #expect(tree("fn f() { return }") == "(fn f () (block (return)))")
        #expect(tree("fn f() { return; }") == "(fn f () (block (return)))")
        #expect(tree("fn f() {\n  return\n  1\n}") == "(fn f () (block (return) 1))")
        #expect(tree("fn f() { return 1 }") == "(fn f () (block (return 1)))")
        #expect(tree("return") == "(return)")
    }

    @Test func simpleStatements() {
        #expect(tree(#"throw ValueError("bad")"#) == #"(throw (call ValueError "bad"))"#)
        #expect(tree("cancel t") == "(cancel t)")
        #expect(tree("spawn worker(q)") == "(spawn (call worker q))")
        #expect(tree("spawn {\n  await sleep(1)\n}") == "(spawn (fn spawn async () (block (await (call sleep 1)))))")
        #expect(tree("await sleep(0)") == "(await (call sleep 0))")
        #expect(tree("fn g() { yield 1; yield }") == "(fn g generator () (block (yield 1) (yield nil)))")
    }

    @Test func tryStatements() throws {
        #expect(
            tree("try { a() } catch TimeoutError as e { } catch e { } finally { }")
                == "(try (block (call a)) (catch (TimeoutError) e (block)) (catch () e (block)) (finally (block)))")
        #expect(
            tree("try { } catch ValueError, KeyError as e { }")
                == "(try (block) (catch (ValueError KeyError) e (block)))")
        #expect(tree("try { } catch CancelledError { }") == "(try (block) (catch (CancelledError) _ (block)))")
        #expect(tree("try { } catch { }") == "(try (block) (catch () _ (block)))")
        #expect(tree("try { } finally { }") == "(try (block) (finally (block)))")
        #expect(
            tree("try {\n  a()\n}\ncatch e {\n}\nfinally {\n}")
                == "(try (block (call a)) (catch () e (block)) (finally (block)))")
        let source = "try { } catch ValueError as err { }"
        guard case .tryCatch(_, let clauses, nil) = statements(source)[0].kind else {
            Issue.record("not a try")
            return
        }
        let binding = try #require(clauses[0].binding)
        #expect(binding.isMutable)
        #expect(Parse.text(source, binding.range) == "err")
        #expect(Parse.text(source, clauses[0].range) == "catch ValueError as err { }")
    }

    @Test func withStatements() throws {
        #expect(tree("with lock { }") == "(with lock (block))")
        #expect(
            tree("with group() as g {\n  g.spawn(f())\n}")
                == "(with (call group) g (block (call (. g spawn) (call f))))")
        guard case .with(_, let binding?, _) = statements("with timeout(1) as t { }")[0].kind else {
            Issue.record("not a with")
            return
        }
        #expect(!binding.isMutable)
        #expect(binding.name == "t")
    }

    @Test func separators() {
        #expect(tree("x = 1; y = 2\nz = 3;") == "(= x 1) (= y 2) (= z 3)")
        #expect(tree(";;\n\n;x = 1;;") == "(= x 1)")
        #expect(tree("if a { b(); c() }") == "(if a (block (call b) (call c)))")
        #expect(tree("fn f() { }; fn g() { }") == "(fn f () (block)) (fn g () (block))")
        #expect(tree("") == "")
        #expect(tree("# only a comment\n") == "")
    }

    @Test func shebangLine() {
        #expect(tree("#!/usr/bin/env asyncrepl run\nprint(1)") == "(call print 1)")
    }

    @Test func statementRanges() {
        let source = "  x = foo(1)\n  if a {\n  }"
        let all = statements(source)
        #expect(Parse.text(source, all[0].range) == "x = foo(1)")
        #expect(Parse.text(source, all[1].range) == "if a {\n  }")
    }

    @Test func sampleProgram() {
        let source = """
            #!/usr/bin/env asyncrepl
            # Fetch pages concurrently, with a timeout.
            async fn fetch(url, retries = 2) {
                var attempt = 0
                while true {
                    try {
                        let r = await http.get(url, timeout: 5)
                        return r.status
                    } catch TimeoutError as e {
                        attempt += 1
                        if attempt > retries { throw e }
                    }
                }
            }

            let urls = ["https://httpbin.org/get", "https://httpbin.org/delay/1"]
            with group() as g {
                for u in urls { g.spawn(fetch(u)) }
            }
            let results = await gather(...urls.map(fn (u) => fetch(u)), return_errors: true)
            print("got \\(len(results)) results", sep: "")
            """
        let result = Parse.result(source)
        #expect(result.diagnostics.isEmpty, "\(Parse.errors(of: result))")
        #expect(result.program.main.body.statements.count == 5)
    }
}
