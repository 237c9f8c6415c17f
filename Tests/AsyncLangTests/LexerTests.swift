import Testing

@testable import AsyncLang

@Suite struct LexerTests {
    @Test func statementTokens() {
        #expect(
            Lex.kinds("let x = f(a, b) + 1")
                == "kwLet identifier:x equal identifier:f leftParen identifier:a comma identifier:b rightParen plus int:1"
        )
    }

    @Test func everyOperator() {
        let source = "+ - * / // % ** == != < <= > >= = += -= *= /= //= %= ( ) [ ] { } , . : ; => ..."
        #expect(
            Lex.kinds(source)
                == "plus minus star slash slashSlash percent starStar equalEqual bangEqual less lessEqual greater "
                + "greaterEqual equal plusEqual minusEqual starEqual slashEqual slashSlashEqual percentEqual "
                + "leftParen rightParen leftBracket rightBracket leftBrace rightBrace comma dot colon semicolon "
                + "arrow ellipsis")
        #expect(
            Lex.kinds("a//b**c...d")
                == "identifier:a slashSlash identifier:b starStar identifier:c ellipsis identifier:d")
        #expect(Lex.errors("+ - * / // % ** == != < <= > >= = => ...").isEmpty)
    }

    @Test func keywords() {
        let words =
            "let var fn async await return if else while for in break continue try catch finally throw spawn cancel with as true false nil and or not yield"
        let kinds = Lex.kinds(words).split(separator: " ")
        #expect(kinds.count == 28)
        #expect(kinds.allSatisfy { $0.hasPrefix("kw") })
        #expect(kinds.first == "kwLet" && kinds.last == "kwYield")
        #expect(Keywords.all.joined(separator: " ") == words, "the list tools offer is every keyword the lexer knows")
        #expect(
            Lex.kinds("lets iff _if In yields f")
                == "identifier:lets identifier:iff identifier:_if identifier:In identifier:yields identifier:f")
    }

    @Test func identifiers() {
        #expect(Lex.kinds("_a9 Z_z __") == "identifier:_a9 identifier:Z_z identifier:__")
    }

    @Test func newlinesCollapseWithBlankLinesAndComments() {
        #expect(
            Lex.kinds("a\n\n   # note\n\t\nb # trailing\nc") == "identifier:a newline identifier:b newline identifier:c"
        )
        let (tokens, _, _) = Lex.tokens("a\n  b c")
        #expect(tokens.map(\.atLineStart) == [true, false, true, false, false])
        #expect(tokens[1].start == 1)  // the newline token points at the line break
    }

    @Test func shebangLineAndByteOrderMark() {
        #expect(Lex.kinds("#!/usr/bin/env asyncrepl\nprint") == "newline identifier:print")
        #expect(Lex.kinds("\u{FEFF}x") == "identifier:x")
        #expect(Lex.errors("\u{FEFF}x").isEmpty)
    }

    @Test func integerValues() {
        let cases: [(String, Int64)] = [
            ("42", 42), ("1_000_000", 1_000_000), ("0x1F", 31), ("0XfF", 255), ("0b101", 5), ("0o17", 15),
            ("0", 0), ("9223372036854775807", Int64.max), ("0x7FFF_FFFF_FFFF_FFFF", Int64.max),
        ]
        for (source, value) in cases {
            let (tokens, output, _) = Lex.tokens(source)
            #expect(tokens[0].kind == .int, "\(source)")
            #expect(tokens[0].intValue == value, "\(source)")
            #expect(output.errors.count == 0, "\(source)")
        }
    }

    @Test func floatValues() {
        let cases: [(String, Double)] = [
            ("3.14", 3.14), ("1e-3", 0.001), ("2.5e10", 2.5e10), ("1E5", 1e5), ("1_0.5", 10.5), ("7e+2", 700),
        ]
        for (source, value) in cases {
            let (tokens, _, _) = Lex.tokens(source)
            #expect(tokens[0].kind == .float, "\(source)")
            #expect(tokens[0].floatValue == value, "\(source)")
        }
    }

    @Test func dotAfterIntegerIsMemberAccess() {
        #expect(Lex.kinds("1.abs()") == "int:1 dot identifier:abs leftParen rightParen")
        #expect(Lex.kinds("xs.0") == "identifier:xs dot int:0")
    }

    @Test func integerTooLarge() {
        #expect(
            Lex.errors("x = 9223372036854775808") == [
                "1:5: integer literal '9223372036854775808' is too large for a 64-bit integer"
            ])
        #expect(
            Lex.errors("0x1_0000_0000_0000_0000") == [
                "1:1: integer literal '0x1_0000_0000_0000_0000' is too large for a 64-bit integer"
            ])
        #expect(Lex.kinds("99999999999999999999") == "int:99999999999999999999")
    }

    @Test func malformedNumbers() {
        #expect(Lex.errors("12abc") == ["1:1: malformed number '12abc'"])
        #expect(Lex.errors("0x") == ["1:1: malformed number '0x'"])
        #expect(Lex.errors("0b102") == ["1:1: malformed number '0b102'"])
        #expect(Lex.kinds("1e") == "error:1e")
    }

    @Test func stringEscapes() {
        let (tokens, output, _) = Lex.tokens(#""a\n\t\r\"\\ \u{1F600} \u{e9}""#)
        #expect(tokens[0].kind == .string)
        guard case .text(let text) = output.strings[tokens[0].stringIndex].parts.first else {
            Issue.record("no text")
            return
        }
        #expect(text == "a\n\t\r\"\\ 😀 é")
        #expect(output.errors.count == 0)
    }

    @Test func emptyStrings() {
        let (tokens, output, _) = Lex.tokens("\"\" \"\"\"\"\"\"")
        #expect(tokens.map(\.kind) == [.string, .string, .endOfInput])
        #expect(output.strings.allSatisfy { $0.parts.isEmpty })
    }

    @Test func interpolationRanges() {
        let source = #""a \(f(1, ")") + 2) b \(x)""#
        let (tokens, output, _) = Lex.tokens(source)
        #expect(tokens.count == 2)
        let parts = output.strings[tokens[0].stringIndex].parts
        #expect(parts.count == 4)
        guard case .interpolation(let open, let start, let end) = parts[1] else {
            Issue.record("expected an interpolation")
            return
        }
        let bytes = Array(source.utf8)
        #expect(open == 3)
        #expect(String(decoding: bytes[start..<end], as: UTF8.self) == #"f(1, ")") + 2)"#)
    }

    @Test func nestedStringsInInterpolationsAreScannedOnce() {
        let source = #""a \("b \("c")")""#
        let (tokens, output, _) = Lex.tokens(source)
        #expect(tokens.map(\.kind) == [.string, .endOfInput])
        #expect(output.nestedStrings.count == 2)
        #expect(output.errors.count == 0)
    }

    @Test func tripleQuotedStrings() {
        let source = "\"\"\"\n  line one\n  \"quoted\" \\(x)\n\"\"\""
        let (tokens, output, _) = Lex.tokens(source)
        #expect(tokens.map(\.kind) == [.string, .endOfInput])
        guard case .text(let first) = output.strings[0].parts[0] else {
            Issue.record("expected text")
            return
        }
        #expect(first == "  line one\n  \"quoted\" ")  // the newline after the opening quotes is dropped
        #expect(output.strings[0].parts.count == 3)
        #expect(Lex.errors("\"\"\"\r\nabc\"\"\"").isEmpty)
    }

    @Test func unterminatedStrings() {
        #expect(Lex.errors("x = \"abc\ny") == ["1:5: unterminated string literal"])
        #expect(Lex.errors("x = \"abc") == ["1:5: unterminated string literal"])
        #expect(Lex.errors("x = \"a\\(b\"") == ["1:5: unterminated string literal"])
        #expect(Lex.errors("x = \"a\\(f(\"b)\"\ny") == ["1:5: unterminated string literal"])
        #expect(Lex.errors("x = \"\"\"abc\n\ndef") == ["1:5: unterminated triple-quoted string"])
        let (_, output, _) = Lex.tokens("x = \"\"\"abc")
        #expect(output.errors.entries.first?.atEndOfInput == true)
        #expect(Lex.kinds("\"abc\nx") == "error:\"abc newline identifier:x")
    }

    @Test func badEscapes() {
        #expect(Lex.errors(#""\q""#) == [#"1:2: unknown escape sequence '\q' (use '\\' for a backslash)"#])
        #expect(Lex.errors(#""\u{110000}""#) == [#"1:2: invalid unicode scalar '\u{110000}'"#])
        #expect(Lex.errors(#""\u{D800}""#) == [#"1:2: invalid unicode scalar '\u{D800}'"#])
        #expect(Lex.errors(#""\u{}""#) == [#"1:2: invalid unicode scalar '\u{}'"#])
        #expect(Lex.errors(#""\u41""#) == [#"1:2: expected '{' after '\u' in a string; write a scalar as '\u{1F600}'"#])
        #expect(Lex.errors(#""\u{41""#) == [#"1:2: expected '}' to close '\u{' in a string"#])
    }

    @Test func foreignOperatorsAreRepaired() {
        #expect(Lex.kinds("a && b || !c") == "identifier:a kwAnd identifier:b kwOr kwNot identifier:c")
        #expect(
            Lex.errors("a && b || !c") == [
                "1:3: use 'and' instead of '&&'", "1:8: use 'or' instead of '||'", "1:11: use 'not' instead of '!'",
            ])
        #expect(Lex.errors("a != b").isEmpty)
    }

    @Test func strayCharacters() {
        #expect(Lex.errors("a @ b") == ["1:3: unexpected character '@'"])
        #expect(Lex.kinds("a @ b") == "identifier:a error:@ identifier:b")
        #expect(Lex.errors("a & b | c") == ["1:3: unexpected character '&'", "1:7: unexpected character '|'"])
        #expect(Lex.errors("é") == ["1:1: unexpected character 'é'"])
        #expect(Lex.errors("a\u{7}") == ["1:2: unexpected character U+0007"])
        #expect(Lex.errors("a \\ b") == ["1:3: unexpected character '\\'"])
    }

    @Test func nulBytes() {
        #expect(Lex.errors("a\u{0}b") == ["1:2: NUL byte in source"])
        #expect(Lex.errors("\"a\u{0}b\"") == ["1:3: NUL byte in source"])
        #expect(Lex.errors("# a\u{0}b") == ["1:4: NUL byte in source"])
    }

    @Test func tokenKindIsOneByte() {
        // `TokenKind.==` compares tags with `unsafeBitCast`, which needs this.
        #expect(MemoryLayout<TokenKind>.size == 1)
    }
}
