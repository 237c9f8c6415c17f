import Testing

@testable import AsyncLang

/// Parses and resolves a program; returns it with the resolver's errors as `line:column: message`.
private func resolve(_ source: String, globals: GlobalScope = GlobalScope()) -> (Program, [String], GlobalScope) {
    let parsed = Parse.result(source)
    #expect(parsed.diagnostics.isEmpty, "the test source should parse")
    let result = Resolver.resolve(parsed.program, globals: globals)
    let errors = result.diagnostics.map { "\($0.file!.position(of: $0.range!.start)): \($0.message)" }
    return (parsed.program, errors, result.globals)
}

/// The first function declared at the top level.
private func firstFunction(_ program: Program) -> FunctionDecl? {
    for statement in program.main.body.statements {
        if case .function(let decl) = statement.kind { return decl }
    }
    return nil
}

/// Every name use in a function body, in order, as `name:resolution`.
private func uses(in decl: FunctionDecl) -> [String] {
    var found: [String] = []
    func visit(_ expr: Expr) {
        switch expr.kind {
        case .name(let use): found.append("\(use.name):\(use.resolution)")
        case .binary(_, let l, let r, _), .logical(_, let l, let r): visit(l); visit(r)
        case .call(let callee, let args):
            visit(callee)
            for case .positional(let a) in args { visit(a) }
        case .function(let inner): inner.body.statements.forEach(visitStatement)
        default: break
        }
    }
    func visitStatement(_ statement: Stmt) {
        switch statement.kind {
        case .expression(let e), .returnValue(.some(let e)): visit(e)
        case .variable(_, .some(let e)): visit(e)
        case .assign(.name(let use), let e), .compoundAssign(.name(let use), _, let e, _):
            visit(e)
            found.append("\(use.name):\(use.resolution)")
        case .function(let inner): inner.body.statements.forEach(visitStatement)
        default: break
        }
    }
    decl.body.statements.forEach(visitStatement)
    return found
}

@Suite struct ResolverTests {
    @Test func parametersAndLocalsGetSlotsAfterTheCallee() {
        let (program, errors, _) = resolve("fn f(a, b) {\n let c = a + b\n return c\n}")
        #expect(errors.isEmpty)
        let f = firstFunction(program)!
        #expect(f.parameters.map(\.variable.storage) == [.local(slot: 1), .local(slot: 2)])
        #expect(f.slotCount == 4)
        #expect(uses(in: f) == ["a:local(slot: 1)", "b:local(slot: 2)", "c:local(slot: 3)"])
    }

    @Test func blockScopesReuseSlotsOnceTheyEnd() {
        let (program, _, _) = resolve("fn f() {\n if true { let a = 1 }\n if true { let b = 2 }\n}")
        #expect(firstFunction(program)!.slotCount == 2)
    }

    @Test func topLevelNamesAreGlobalsAndNestedBlocksAreLocalsOfMain() {
        let (program, errors, globals) = resolve("let x = 1\nvar y = 2\nfor i in [1] { let z = i }")
        #expect(errors.isEmpty)
        #expect(globals["x"]?.isMutable == false)
        #expect(globals["y"]?.isMutable == true)
        #expect(globals["z"] == nil)
        #expect(program.main.slotCount == 3)
    }

    @Test func capturedVariablesAreBoxedEvenWhenUsedBeforeTheClosure() {
        let source = "fn outer() {\n var n = 0\n n = n + 1\n let get = fn () => n\n return get\n}"
        let (program, errors, _) = resolve(source)
        #expect(errors.isEmpty)
        let outer = firstFunction(program)!
        #expect(uses(in: outer).prefix(2) == ["n:boxedLocal(slot: 1)", "n:boxedLocal(slot: 1)"])
        #expect(uses(in: outer).contains("n:capture(index: 0)"))
    }

    @Test func capturesThreadThroughEveryFunctionInBetween() {
        let source = "fn a() {\n let v = 1\n fn b() {\n fn c() { return v }\n return c\n }\n return b\n}"
        let (program, errors, _) = resolve(source)
        #expect(errors.isEmpty)
        let a = firstFunction(program)!
        guard case .function(let b) = a.body.statements[1].kind, case .function(let c) = b.body.statements[0].kind
        else {
            Issue.record("unexpected shape")
            return
        }
        #expect(b.captures == [.enclosingSlot(2)])  // slot 1 is the hoisted `b` itself
        #expect(c.captures == [.enclosingCapture(0)])
    }

    @Test func localFunctionsAreHoistedSoTheyCanCallEachOther() {
        let source = "fn outer() {\n fn even(n) { return odd(n) }\n fn odd(n) { return even(n) }\n}"
        let (program, errors, _) = resolve(source)
        #expect(errors.isEmpty)
        let outer = firstFunction(program)!
        guard case .function(let even) = outer.body.statements[0].kind else { return }
        #expect(even.binding?.isHoisted == true)
        #expect(even.captures == [.enclosingSlot(2)])
    }

    @Test func namesNotDeclaredAnywhereAreGlobalsLookedUpAtRunTime() {
        let (program, errors, _) = resolve("fn f() { return later + 1 }\nlet later = 1")
        #expect(errors.isEmpty)
        #expect(uses(in: firstFunction(program)!) == ["later:global(\"later\")"])
    }

    @Test(arguments: [
        ("let x = 1\nx = 2", "2:1: cannot assign to 'x': it is declared with 'let' (at test.aw:1:5); declare it with 'var' to change it"),
        ("fn f() {\n let x = 1\n x += 1\n}", "3:2: cannot assign to 'x': it is declared with 'let' (at test.aw:2:6); declare it with 'var' to change it"),
        ("fn f() { await g() }", "1:10: 'await' is only allowed inside an 'async fn'; mark the function 'async fn'"),
        ("break", "1:1: 'break' outside a loop"),
        ("fn f() { continue }", "1:10: 'continue' outside a loop"),
        ("return 1", "1:1: 'return' outside a function"),
        ("fn f() {\n let a = 1\n let a = 2\n}", "3:6: 'a' is already declared in this scope (at test.aw:2:6)"),
        ("fn f() { for await x in xs {} }", "1:10: 'for await' is only allowed inside an 'async fn'"),
    ])
    func compileErrors(_ source: String, _ expected: String) {
        #expect(resolve(source).1 == [expected])
    }

    @Test func everyErrorIsReportedInOneRun() {
        let (_, errors, _) = resolve("let a = 1\na = 2\nbreak\nreturn\nfn f() { await x }")
        #expect(errors.count == 4)
    }

    @Test func assignmentToALetGlobalFromAnEarlierEntryIsAnError() {
        let (_, _, globals) = resolve("let fixed = 1\nvar free = 1")
        #expect(resolve("fixed = 2", globals: globals).1.count == 1)
        #expect(resolve("free = 2", globals: globals).1.isEmpty)
        #expect(resolve("var fixed = 3\nfixed = 4", globals: globals).1.isEmpty)
    }

    @Test func awaitIsAllowedAtTheTopLevelAndInAsyncFunctions() {
        #expect(resolve("async fn g() { return 1 }\nawait g()\nasync fn h() { await g() }").1.isEmpty)
    }
}
