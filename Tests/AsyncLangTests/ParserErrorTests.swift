import Testing

@testable import AsyncLang

@Suite struct ParserErrorTests {
    @Test(arguments: [
        // Brackets and blocks.
        ("x = 1\ny = 2\nprint(a,\n  b", ["4:4: expected ')' to close '(' at line 3, found end of input"]),
        ("f(a b)", ["1:5: expected ')' to close '(' at line 1, found 'b'"]),
        ("x = [1 2]", ["1:8: expected ']' to close '[' at line 1, found '2'"]),
        ("x = a[1 2]", ["1:9: expected ']' to close '[' at line 1, found '2'"]),
        ("x = {a: 1 b: 2}", ["1:11: expected '}' to close '{' at line 1, found 'b'"]),
        ("x = {a 1}", ["1:8: expected ':' after the map key, found '1'"]),
        ("if x {\n  y()\n", ["3:1: expected '}' to close '{' at line 1, found end of input"]),
        // Expressions.
        ("x = (1 + )", ["1:10: expected an expression, found ')'"]),
        ("if x { y = }", ["1:12: expected an expression, found '}'"]),
        ("x = a.1", ["1:7: expected a member name after '.', found '1'"]),
        ("a < b < c", ["1:7: comparison operators cannot be chained; write 'a < b and b < c'"]),
        ("ok = 0 <= i < len(xs)", ["1:13: comparison operators cannot be chained; write '0 <= i and i < len(xs)'"]),
        ("x == y != z", ["1:8: comparison operators cannot be chained; write 'x == y and y != z'"]),
        ("f(1, limit: 2, 3)", ["1:16: positional argument after a labelled argument; put positional arguments first"]),
        ("x = async 5", ["1:11: expected 'fn' after 'async', found '5'"]),
        ("f = fn x { }", ["1:8: expected '(' after 'fn', found 'x'"]),
        ("fn f(a, 1) { }", ["1:9: expected a parameter name, found '1'"]),
        ("fn f(a, a) { }", ["1:9: duplicate parameter 'a'"]),
        ("fn f()\n{ }", ["1:7: expected '{' or '=>' after the parameters of 'f', found newline"]),
        ("fn f() return 1", ["1:8: expected '{' or '=>' after the parameters of 'f', found 'return'"]),
        // Statements.
        ("if x\n{ y() }", ["1:5: expected '{' after the condition of 'if', found newline"]),
        ("if x = 1 { }", ["1:6: expected '{' after the condition of 'if', found '='; use '==' to compare"]),
        ("while true do { }", ["1:12: expected '{' after the condition of 'while', found 'do'"]),
        ("if a { } else x { }", ["1:15: expected '{' or 'if' after 'else', found 'x'"]),
        ("for x xs { }", ["1:7: expected 'in' after the loop variable, found 'xs'"]),
        ("for in xs { }", ["1:5: expected a loop variable name after 'for', found 'in'"]),
        ("for x in xs\n{ }", ["1:12: expected '{' after the iterable of 'for', found newline"]),
        ("let x", ["1:5: 'let x' needs a value: write 'let x = ...', or 'var x' for a variable that starts as nil"]),
        ("let x 5", ["1:7: expected '=' after 'let x', found '5'"]),
        ("let = 5", ["1:5: expected a name after 'let', found '='"]),
        ("var if = 5", ["1:5: expected a name after 'var', found 'if'"]),
        ("f() = 3", ["1:1: cannot assign to this expression"]),
        ("a + b += 3", ["1:1: cannot assign to this expression"]),
        ("a[1:2] = xs", ["1:1: cannot assign to this expression"]),
        ("yield 1", ["1:1: 'yield' outside a function"]),
        (
            "{ a: 1 }",
            [
                "1:1: a statement cannot start with '{': a block needs a keyword such as 'if', and a map literal cannot stand alone"
            ]
        ),
        ("}", ["1:1: unexpected '}' with no open block to close"]),
        ("else { }", ["1:1: 'else' without a matching 'if'"]),
        ("catch e { }", ["1:1: 'catch' without a matching 'try'"]),
        ("finally { }", ["1:1: 'finally' without a matching 'try'"]),
        ("try { a() }\nprint(1)", ["1:12: expected 'catch' or 'finally' after the 'try' block, found newline"]),
        (
            "try { } catch e as x { }",
            [
                "1:15: 'e' starts with a lowercase letter, so it names the error variable; an error kind to match starts with an uppercase letter"
            ]
        ),
        (
            "try { } catch ValueError, e { }",
            ["1:27: expected an error kind (a name starting with an uppercase letter) after ',', found 'e'"]
        ),
        ("try { } catch ValueError as 1 { }", ["1:29: expected a name after 'as', found '1'"]),
        ("with lock as { }", ["1:14: expected a name after 'as', found '{'"]),
        ("x = 1 2", ["1:7: expected a newline or ';' after the statement, found '2'"]),
        ("return 1 2", ["1:10: expected a newline or ';' after the statement, found '2'"]),
        // Lexical errors, reported once, the parse going on undisturbed.
        ("a && b", ["1:3: use 'and' instead of '&&'"]),
        ("a || b", ["1:3: use 'or' instead of '||'"]),
        ("if !done { }", ["1:4: use 'not' instead of '!'"]),
        ("x = 3 @ 4", ["1:7: unexpected character '@'"]),
        ("x = \"a\\qb\"", ["1:7: unknown escape sequence '\\q' (use '\\\\' for a backslash)"]),
        ("x = 9223372036854775808", ["1:5: integer literal '9223372036854775808' is too large for a 64-bit integer"]),
        ("x = 1\u{0}", ["1:6: NUL byte in source"]),
        ("print(\"abc)\nx = 1", ["1:7: unterminated string literal"]),
        ("x = \"\"\"abc\n", ["1:5: unterminated triple-quoted string"]),
        // Interpolations.
        ("x = \"a\\(b c)\"", ["1:11: expected ')' to close '\\(' at line 1, found 'c'"]),
        ("x = \"a\\()\"", ["1:9: expected an expression, found ')'"]),
    ])
    func message(source: String, expected: [String]) {
        #expect(Parse.errors(source) == expected)
    }

    @Test func invalidUTF8() {
        let file = SourceFile(path: "bad.aw", bytes: Array("x = 1\ny = \"".utf8) + [0xC3, 0x28] + Array("\"\n".utf8))
        let result = Parser.parse(file)
        #expect(Parse.errors(of: result) == ["2:6: invalid UTF-8 at byte offset 11"])
        #expect(result.program.main.body.statements.isEmpty)
        #expect(result.program.main.name == "<main>")
        #expect(!result.isIncomplete)
    }

    @Test func recoveryReportsEveryIndependentError() {
        let source = """
            let = 5
            let ok = 1
            x = (1 + 2
            y = [1, 2,, 3]
            fn f(a b) {
                return a +
            }
            z = f(1) @ 2
            if ok { print(ok) } else { print(1 < 2 < 3) }
            done = true
            """
        #expect(
            Parse.errors(source) == [
                "1:5: expected a name after 'let', found '='",
                "4:1: expected ')' to close '(' at line 3, found 'y'",
                "4:11: expected an expression, found ','",
                "5:8: expected ')' to close '(' at line 5, found 'b'",
                "7:1: expected an expression, found '}'",
                "8:10: unexpected character '@'",
                "9:40: comparison operators cannot be chained; write '1 < 2 and 2 < 3'",
            ])
        let statements = Parse.result(source).program.main.body.statements
        #expect(SExpression.of(statements.last!) == "(= done true)")
    }

    @Test func recoveryInsideBlocksAndCalls() {
        let source = """
            fn a() {
                foo(1 +,
                    2)
                bar(
            }
            fn b() {
                let = 3
                return 4
            }
            print(b())
            """
        #expect(
            Parse.errors(source) == [
                "2:12: expected an expression, found ','",
                "5:1: expected an expression, found '}'",
                "7:9: expected a name after 'let', found '='",
            ])
        let tree = Parse.tree(source)
        #expect(tree.hasPrefix("(fn a () (block"))
        #expect(tree.contains("(fn b () (block (return 4)))"))
        #expect(tree.hasSuffix("(call print (call b))"))
    }

    @Test func badParametersDoNotHideTheBody() {
        #expect(
            Parse.errors("fn f(a b, c = [1, 2]) {\n  let = 1\n}\nf(1)") == [
                "1:8: expected ')' to close '(' at line 1, found 'b'", "2:7: expected a name after 'let', found '='",
            ])
        #expect(Parse.tree("fn f(a 1) { return 2 }") == "(fn f (a) (block (return 2)))")
        #expect(Parse.errors("fn f(a b {\n  x = 1\n}") == ["1:8: expected ')' to close '(' at line 1, found 'b'"])
        #expect(Parse.errors("fn f(a, if) {\n}\nlet = 2") == [
            "1:9: expected a parameter name, found 'if'", "3:5: expected a name after 'let', found '='",
        ])
    }

    @Test func missingCloserResumesAtTheNextLine() {
        #expect(
            Parse.errors("x = foo(1, 2\ny = 3\nz = ]") == [
                "2:1: expected ')' to close '(' at line 1, found 'y'", "3:5: expected an expression, found ']'",
            ])
        #expect(Parse.tree("x = foo(1, 2\ny = 3") == "(= x (call foo 1 2)) (= y 3)")
    }

    @Test func oneMistakeOneError() {
        #expect(Parse.errors("if x {\n  foo(\n}\n") == ["3:1: expected an expression, found '}'"])
        #expect(Parse.errors("let let = 5\nx = 1") == ["1:5: expected a name after 'let', found 'let'"])
        #expect(
            Parse.errors("{ a: 1, b: [2, 3] }\nx = 1") == [
                "1:1: a statement cannot start with '{': a block needs a keyword such as 'if', and a map literal cannot stand alone"
            ])
        #expect(Parse.errors("x = (((1 + )))\ny = 2") == ["1:12: expected an expression, found ')'"])
        #expect(Parse.tree("x = (((1 + )))\ny = 2").hasSuffix("(= y 2)"))
        #expect(Parse.errors("print(\"abc\nx = 1") == ["1:7: unterminated string literal"])
        #expect(Parse.errors("f(a, @, c)\ng()") == ["1:6: unexpected character '@'"])
        #expect(Parse.errors("x = \"\"\"abc\n  foo(") == ["1:5: unterminated triple-quoted string"])
    }

    @Test func stopsAfterMaxErrors() {
        var options = ParseOptions()
        options.maxErrors = 3
        let source = String(repeating: "let = 1\n", count: 10)
        let errors = Parse.errors(source, options: options)
        #expect(
            errors == [
                "1:5: expected a name after 'let', found '='", "2:5: expected a name after 'let', found '='",
                "3:5: expected a name after 'let', found '='",
            ])
        #expect(Parse.errors(source).count == 10)
        let noise = String(repeating: "@", count: 10_000)
        #expect(Parse.errors(noise).count == ParseOptions().maxErrors)
    }

    @Test(arguments: [
        "x = (1 +", "x = 1 +", "x = 1 +\n", "foo(", "foo(1,", "x = [1, 2", "m = {a: 1,", "if x {", "if x {\n  y()\n",
        "fn f() {", "fn f()", "fn f(a,", "x = fn (a) =>", "while true {\n", "for x in", "try { }", "try { }\n",
        "try {\n} catch e {\n", "x.", "x = \"\"\"abc", "x = \"\"\"abc\n\n", "let x =", "return [", "f(fn () {\n",
        "x = not", "x = -", "await", "if a { } else", "with lock as",
    ])
    func incomplete(source: String) {
        let result = Parse.result(source)
        #expect(!result.diagnostics.isEmpty)
        #expect(result.isIncomplete, "\(Parse.errors(of: result))")
    }

    @Test(arguments: [
        "x = 1", "x = (1 +)", "x = 1 2", "print(\"abc", "x = \"abc\n", "let x", "}", "if x\n", "x = @",
        "try { }\nx = 1",
        "x = 1 +\n)", "f(a b", "a < b < c", "x = [1, 2\n]]", "yield", "if x { \n @", "x = \"\\(a +",
    ])
    func complete(source: String) {
        let result = Parse.result(source)
        #expect(!result.isIncomplete, "\(Parse.errors(of: result))")
    }

    @Test func firstErrorDecidesIncompleteness() {
        #expect(!Parse.result("x = @\ny = (").isIncomplete)
        #expect(Parse.result("x = 1\ny = (").isIncomplete)
    }

    @Test func renderedDiagnostics() {
        let file = SourceFile(path: "samples/bad.aw", text: "let total = 0\nfor x in xs {\n    total += (x * 2\n}\n")
        let result = Parser.parse(file)
        #expect(
            DiagnosticRenderer.render(result.diagnostics) == """
                error[syntax]: expected ')' to close '(' at line 3, found '}'
                  --> samples/bad.aw:4:1
                   |
                 4 | }
                   | ^

                """)
        let chained = Parser.parse(SourceFile(path: "cmp.aw", text: "if\t0 < x < 10 { }"))
        #expect(
            DiagnosticRenderer.render(chained.diagnostics[0]) == """
                error[syntax]: comparison operators cannot be chained; write '0 < x and x < 10'
                  --> cmp.aw:1:10
                   |
                 1 | if    0 < x < 10 { }
                   |             ^

                """)
    }

    @Test func renderedSeveralDiagnostics() {
        let result = Parser.parse(SourceFile(path: "two.aw", text: "let = 1\nx = 2 @\n"))
        #expect(
            DiagnosticRenderer.render(result.diagnostics) == """
                error[syntax]: expected a name after 'let', found '='
                  --> two.aw:1:5
                   |
                 1 | let = 1
                   |     ^

                error[syntax]: unexpected character '@'
                  --> two.aw:2:7
                   |
                 2 | x = 2 @
                   |       ^

                """)
    }
}
