/// String literals. The lexer has decoded the text and found each
/// interpolation's extent; here each interpolation is parsed as an
/// expression by a lexer over that slice of the same file, so positions
/// inside interpolations are real file positions.
extension ParseState {
    // stringLiteral → STRING   (its interpolations: "\(" expression ")")
    mutating func parseStringLiteral() -> Expr {
        let token = advance()
        let literal = output.strings[token.stringIndex]
        guard literal.hasInterpolation else {
            var text = ""
            for case .text(let piece) in literal.parts { text += piece }
            return Expr(.string(text), token.range)
        }
        var parts: [StringPart] = []
        for part in literal.parts where !panicking {
            switch part {
            case .text(let text):
                parts.append(.text(text))
            case .interpolation(let open, let contentStart, let contentEnd):
                parts.append(.expr(parseInterpolation(open: open, contentStart: contentStart, contentEnd: contentEnd)))
            }
        }
        previousEnd = token.end
        return Expr(.interpolated(parts), token.range)
    }

    // interpolation → "\(" expression ")"
    private mutating func parseInterpolation(open: Int, contentStart: Int, contentEnd: Int) -> Expr {
        let saved = (lexer, rawToken, ahead, aheadCount)
        lexer = Lexer(bytes: bytes, range: contentStart..<contentEnd, output: output, maxNesting: options.maxNesting)
        rawToken = lexer.next()
        ahead = []
        aheadCount = 0
        interpolationDepth += 1
        let opener = Token(kind: .leftParen, atLineStart: false, start: open, end: contentStart)
        pushMode(newlinesEndStatements: false, closer: .rightParen)
        let entered = enterNesting(at: opener.range)
        let expr = entered ? parseExpression() : placeholder(at: contentStart)
        leaveNesting()
        close(opener, spelled: "\\(")
        interpolationDepth -= 1
        (lexer, rawToken, ahead, aheadCount) = saved
        if errorClosers.count > modes.count { errorClosers.removeLast(errorClosers.count - modes.count) }
        return expr
    }
}
