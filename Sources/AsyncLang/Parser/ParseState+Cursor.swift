/// Reading tokens. Newlines reach the parser as tokens; whether they count
/// depends on the innermost entry of the mode stack, which the parser pushes
/// as it enters brackets (newlines are spacing) and blocks (newlines end
/// statements), rather than on guesses in the lexer.
extension ParseState {
    /// The current token. Inside brackets a newline is skipped (and dropped).
    mutating func peek() -> Token {
        if rawToken.kind == .newline && !newlinesEndStatements { advanceRaw() }
        return rawToken
    }

    /// The token `n` places after the current one, under the current mode.
    mutating func peek(ahead n: Int) -> Token {
        let skipNewlines = !newlinesEndStatements
        var index = 0
        var remaining = n
        while true {
            let token = rawToken(at: index)
            if !(skipNewlines && token.kind == .newline) {
                if remaining == 0 || token.kind == .endOfInput { return token }
                remaining -= 1
            }
            index += 1
        }
    }

    /// The raw token `index` places after `rawToken` (0 is `rawToken` itself).
    mutating func rawToken(at index: Int) -> Token {
        if index == 0 { return rawToken }
        while aheadCount < index {
            ahead.append(lexer.next())
            aheadCount += 1
        }
        return ahead[index - 1]
    }

    mutating func advanceRaw() {
        if aheadCount == 0 {
            rawToken = lexer.next()
        } else {
            rawToken = ahead.removeFirst()
            aheadCount -= 1
        }
    }

    /// Consumes and returns the current token.
    @discardableResult
    mutating func advance() -> Token {
        let token = peek()
        if token.kind != .endOfInput {
            previousEnd = token.end
            advanceRaw()
        }
        return token
    }

    mutating func check(_ kind: TokenKind) -> Bool {
        peek().kind == kind
    }

    /// Consumes the current token if it is `kind`.
    mutating func match(_ kind: TokenKind) -> Bool {
        guard check(kind) else { return false }
        advance()
        return true
    }

    /// After an operator, `,`, `.`, `=` or `=>` a line break does not end the statement.
    mutating func skipNewline() {
        if rawToken.kind == .newline { advanceRaw() }
    }

    /// Steps over a line break when the line after it starts with `kind`
    /// (`else`, `catch` or `finally` on their own line).
    mutating func skipNewline(before kind: TokenKind) -> Bool {
        if rawToken.kind == .newline && rawToken(at: 1).kind == kind { advanceRaw() }
        return check(kind)
    }

    mutating func pushMode(newlinesEndStatements: Bool, closer: TokenKind) {
        modes.append(NewlineMode(newlinesEndStatements: newlinesEndStatements, closer: closer))
        self.newlinesEndStatements = newlinesEndStatements
    }

    mutating func popMode() {
        modes.removeLast()
        newlinesEndStatements = modes.last?.newlinesEndStatements ?? true
    }

    /// The source text of a token.
    mutating func text(of token: Token) -> String {
        String(decoding: bytes[token.start..<token.end], as: UTF8.self)
    }

    mutating func range(from start: Int) -> SourceRange {
        SourceRange(start: start, end: max(start, previousEnd))
    }
}
