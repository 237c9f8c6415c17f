import Testing

@testable import AsyncLang

@Suite struct ParserExpressionTests {
    /// The tree of a one-statement program, checking that it parsed cleanly.
    private func tree(_ source: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        let result = Parse.result(source)
        #expect(result.diagnostics.isEmpty, "\(Parse.errors(of: result))", sourceLocation: sourceLocation)
        return Parse.tree(source)
    }

    @Test(arguments: [
        ("1 + 2 * 3", "(+ 1 (* 2 3))"),
        ("1 * 2 + 3", "(+ (* 1 2) 3)"),
        ("a - b - c", "(- (- a b) c)"),
        ("a / b * c // d % e", "(% (// (* (/ a b) c) d) e)"),
        ("2 ** 3 ** 2", "(** 2 (** 3 2))"),
        ("-2 ** 2", "(- (** 2 2))"),
        ("2 ** -1", "(** 2 (- 1))"),
        ("-a * b", "(* (- a) b)"),
        ("- - x", "(- (- x))"),
        ("a + b < c * d", "(< (+ a b) (* c d))"),
        ("a == b and c != d", "(and (== a b) (!= c d))"),
        ("a or b and c", "(or a (and b c))"),
        ("a and b or c", "(or (and a b) c)"),
        ("a or b or c", "(or (or a b) c)"),
        ("not a == b", "(not (== a b))"),
        ("not a and b", "(and (not a) b)"),
        ("not not a", "(not (not a))"),
        ("not -a < b", "(not (< (- a) b))"),
        ("x in xs", "(in x xs)"),
        ("x not in xs or y", "(or (not in x xs) y)"),
        ("a <= b", "(<= a b)"), ("a >= b", "(>= a b)"), ("a > b", "(> a b)"),
        ("await f(x).y", "(await (. (call f x) y))"),
        ("-await x", "(- (await x))"),
        ("await x ** 2", "(** (await x) 2)"),
        ("spawn f(x)", "(spawn (call f x))"),
        ("spawn await x", "(spawn (await x))"),
        ("await spawn f()", "(await (spawn (call f)))"),
        ("(1 + 2) * 3", "(* (+ 1 2) 3)"),
        ("-(a + b)", "(- (+ a b))"),
    ])
    func precedenceAndAssociativity(source: String, expected: String) {
        #expect(tree(source) == expected)
    }

    @Test func literals() {
        #expect(tree("nil") == "nil")
        #expect(tree("true") == "true")
        #expect(tree("false") == "false")
        #expect(tree("42") == "42")
        #expect(tree("1_000_000") == "1000000")
        #expect(tree("0x1F") == "31")
        #expect(tree("3.14") == "3.14")
        #expect(tree("1e-3") == "0.001")
        #expect(tree(#""hi\n""#) == #""hi\n""#)
        #expect(tree(#""""#) == #""""#)
    }

    @Test func lists() {
        #expect(tree("[]") == "(list)")
        #expect(tree("[1, 2, 3]") == "(list 1 2 3)")
        #expect(tree("[0, ...xs, 4,]") == "(list 0 (... xs) 4)")
        #expect(tree("[[1], [2, [3]]]") == "(list (list 1) (list 2 (list 3)))")
    }

    @Test func maps() {
        #expect(tree("m = {}") == "(= m (map))")
        #expect(tree(#"m = {"a": 1, b: 2, 3: "x"}"#) == #"(= m (map ("a" 1) ("b" 2) (3 "x")))"#)
        #expect(tree("m = {a: {b: 1},}") == #"(= m (map ("a" (map ("b" 1)))))"#)
        #expect(tree("m = {true: 1, nil: 2, (k): 3, k + 1: 4}") == "(= m (map (true 1) (nil 2) (k 3) ((+ k 1) 4)))")
        #expect(tree("f({a: 1})") == #"(call f (map ("a" 1)))"#)
    }

    @Test func calls() {
        #expect(tree("f()") == "(call f)")
        #expect(tree("f(1, 2, limit: 5)") == "(call f 1 2 (limit: 5))")
        #expect(tree("f(...xs, 1,)") == "(call f (... xs) 1)")
        #expect(tree("f(in: 1, if: 2, fn: 3)") == "(call f (in: 1) (if: 2) (fn: 3))")
        #expect(tree("f(a)(b)") == "(call (call f a) b)")
        #expect(tree("gather(...aws, return_errors: true)") == "(call gather (... aws) (return_errors: true))")
    }

    @Test func subscriptsAndSlices() {
        #expect(tree("a[1]") == "(index a 1)")
        #expect(tree("a[1:3]") == "(slice a 1 3)")
        #expect(tree("a[:2]") == "(slice a _ 2)")
        #expect(tree("a[1:]") == "(slice a 1 _)")
        #expect(tree("a[:]") == "(slice a _ _)")
        #expect(tree("a[i + 1][j]") == "(index (index a (+ i 1)) j)")
    }

    @Test func members() {
        #expect(tree("a.b.c") == "(. (. a b) c)")
        #expect(tree("t.cancel()") == "(call (. t cancel))")
        #expect(tree("q.close()") == "(call (. q close))")
        #expect(tree("x.in.not.await") == "(. (. (. x in) not) await)")
        #expect(tree("m.items()[0].key") == "(. (index (call (. m items)) 0) key)")
    }

    @Test func functionExpressions() {
        #expect(tree("fn (a, b = 1) { return a + b }") == "(fn <fn> (a b=1) (block (return (+ a b))))")
        #expect(tree("fn (x) => x * 2") == "(fn <fn> (x) (block (return (* x 2))))")
        #expect(tree(#"fn (r) => {"status": 1}"#) == #"(fn <fn> (r) (block (return (map ("status" 1)))))"#)
        #expect(tree("async fn (u) { await u }") == "(fn <fn> async (u) (block (await u)))")
        #expect(tree("fn (a,\n b,\n) { }") == "(fn <fn> (a b) (block))")
        #expect(tree("fn () {}()") == "(call (fn <fn> () (block)))")
        #expect(
            tree("fn (x) => fn (y) => x + y") == "(fn <fn> (x) (block (return (fn <fn> (y) (block (return (+ x y)))))))"
        )
    }

    @Test func functionBodyIsAReturnForArrowForm() throws {
        let expr = try #require(Parse.expression("fn (x) => x"))
        guard case .function(let function) = expr.kind else {
            Issue.record("not a function")
            return
        }
        #expect(function.body.statements.count == 1)
        guard case .returnValue(let value?) = function.body.statements[0].kind else {
            Issue.record("not a return")
            return
        }
        #expect(value.range == function.body.range)
        #expect(function.parameters[0].variable.isMutable)
        #expect(function.binding == nil)
        #expect(!function.isAsync && !function.isGenerator)
    }

    @Test func spawnBlock() throws {
        let expr = try #require(Parse.expression("spawn {\n  print(1)\n  yield 2\n}"))
        guard case .spawn(let operand) = expr.kind, case .function(let function) = operand.kind else {
            Issue.record("not spawn of a function")
            return
        }
        #expect(function.name == "spawn")
        #expect(function.isAsync)
        #expect(function.parameters.isEmpty)
        #expect(function.isGenerator)
        #expect(function.body.statements.count == 2)
    }

    @Test func functionsBoundByLetOrVarTakeTheName() {
        #expect(tree("let double = fn (x) => x * 2") == "(let double (fn double (x) (block (return (* x 2)))))")
        #expect(tree("var fetch = async fn (u) { }") == "(var fetch (fn fetch async (u) (block)))")
        #expect(tree("f = fn () { }") == "(= f (fn <fn> () (block)))")
        #expect(tree("let x = [fn () { }]") == "(let x (list (fn <fn> () (block))))")
    }

    @Test func interpolation() {
        #expect(tree(#""a \(x + 1) b""#) == #"(str "a " (+ x 1) " b")"#)
        #expect(tree(#""\(x)""#) == "(str x)")
        #expect(tree(#""\(f("\(y)"))!""#) == #"(str (call f (str y)) "!")"#)
        #expect(tree(#""\(a)\(b)""#) == "(str a b)")
        #expect(tree("\"\"\"\nx = \\(\n  1 +\n  2\n)\n\"\"\"") == #"(str "x = " (+ 1 2) "\n")"#)
    }

    @Test func interpolationPositionsAreFilePositions() throws {
        let source = "let s = 1\nprint(\"total: \\(count + 1) items\")"
        let result = Parse.result(source)
        let statement = result.program.main.body.statements[1]
        guard case .expression(let call) = statement.kind, case .call(_, let arguments) = call.kind,
            case .positional(let string) = arguments[0], case .interpolated(let parts) = string.kind,
            case .expr(let inner) = parts[1], case .binary(_, let left, _, let opRange) = inner.kind
        else {
            Issue.record("unexpected shape")
            return
        }
        #expect(Parse.text(source, left.range) == "count")
        #expect(result.program.file.position(of: left.range.start) == SourcePosition(line: 2, column: 17))
        #expect(Parse.text(source, opRange) == "+")
        #expect(Parse.text(source, inner.range) == "count + 1")
    }

    @Test func rangesOfOperatorsCallsAndMembers() throws {
        let source = "x = foo.bar(1, 2) * -y"
        let result = Parse.result(source)
        guard case .assign(_, let value) = result.program.main.body.statements[0].kind,
            case .binary(.multiply, let call, let negated, let opRange) = value.kind,
            case .call(let callee, _) = call.kind, case .member(_, "bar", let nameRange) = callee.kind
        else {
            Issue.record("unexpected shape")
            return
        }
        #expect(Parse.text(source, opRange) == "*")
        #expect(Parse.text(source, value.range) == "foo.bar(1, 2) * -y")
        #expect(Parse.text(source, call.range) == "foo.bar(1, 2)")
        #expect(Parse.text(source, nameRange) == "bar")
        #expect(Parse.text(source, negated.range) == "-y")
    }

    @Test func notInOperatorRangeCoversBothWords() throws {
        let source = "a not in b"
        guard case .binary(.notIn, _, _, let opRange) = try #require(Parse.expression(source)).kind else {
            Issue.record("not a binary")
            return
        }
        #expect(Parse.text(source, opRange) == "not in")
    }

    @Test func groupsCoverTheirParentheses() throws {
        let source = "(a + b) * c"
        guard case .binary(_, let left, _, _) = try #require(Parse.expression(source)).kind else {
            Issue.record("not a binary")
            return
        }
        #expect(Parse.text(source, left.range) == "(a + b)")
    }

    @Test func newlinesInsideExpressions() {
        #expect(tree("x = 1 +\n  2") == "(= x (+ 1 2))")
        #expect(tree("x = a and\n  b") == "(= x (and a b))")
        #expect(tree("x =\n  5") == "(= x 5)")
        #expect(tree("x += \n 1") == "(+= x 1)")
        #expect(tree("f(\n  1,\n  2\n)") == "(call f 1 2)")
        #expect(tree("x = [\n  1,\n  2,\n]") == "(= x (list 1 2))")
        #expect(tree("m = {\n  a: 1,\n  b: 2\n}") == #"(= m (map ("a" 1) ("b" 2)))"#)
        #expect(tree("x = (1\n + 2)") == "(= x (+ 1 2))")
        #expect(tree("f = fn (x) =>\n  x") == "(= f (fn <fn> (x) (block (return x))))")
        #expect(tree("x = a.\n  b") == "(= x (. a b))")
        #expect(tree("x = -\n 1") == "(= x (- 1))")
    }

    @Test func methodChainingAcrossLines() {
        #expect(
            tree("x = items\n  .filter(f)\n  # keep going\n  .map(g)")
                == "(= x (call (. (call (. items filter) f) map) g))")
        #expect(Parse.tree("x = a\n-1") == "(= x a) (- 1)")
        #expect(Parse.tree("f\n(1)") == "f 1")
    }

    @Test func blocksInsideBracketsMakeNewlinesCountAgain() {
        let source = """
            app.get("/users", async fn (req) {
                let id = req.params.id
                return {"id": id}
            })
            next()
            """
        #expect(
            tree(source)
                == #"(call (. app get) "/users" (fn <fn> async (req) (block (let id (. (. req params) id)) (return (map ("id" id)))))) (call next)"#
        )
    }
}
