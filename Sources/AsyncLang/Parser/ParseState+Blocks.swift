/// Blocks and statement lists: where newlines end statements, and where
/// recovery resumes after an error.
extension ParseState {
    // program → statements
    mutating func parseProgram() -> [Stmt] {
        parseStatements()
    }

    // block → "{" statements "}"
    /// `context` completes `expected '{' after CONTEXT, found X`.
    mutating func parseBlock(after context: String, expecting: String = "'{'") -> Block {
        guard !panicking else { return Block([], range(from: previousEnd)) }
        if !check(.leftBrace) {
            guard rawToken.kind == .newline && rawToken(at: 1).kind == .leftBrace else {
                let isAssignment = check(.equal) && context.hasPrefix("the condition")
                reportExpected("\(expecting) after \(context)", hint: isAssignment ? "; use '==' to compare" : "")
                return Block([], range(from: previousEnd))
            }
            // The brace is on the next line: say so, and read the block anyway.
            reportInPlace("expected \(expecting) after \(context), found newline", at: rawToken.range)
            advanceRaw()
        }
        let open = advance()
        pushMode(newlinesEndStatements: true, closer: .rightBrace)
        let statements = enterNesting(at: open.range) ? parseStatements() : []
        leaveNesting()
        close(open)
        return Block(statements, range(from: open.start))
    }

    // statements → (statement (newline | ";"))*     up to "}" or the end of input
    mutating func parseStatements() -> [Stmt] {
        let isTopLevel = modes.isEmpty
        var statements: [Stmt] = []
        while !stopped {
            skipSeparators()
            let token = peek()
            if token.kind == .endOfInput || (token.kind == .rightBrace && !isTopLevel) { break }
            let start = statementStart()
            if let statement = parseStatement() { statements.append(statement) }
            if !panicking { expectStatementEnd() }
            if panicking { synchronize(from: start) }
            checkErrorLimit()
        }
        return statements
    }

    private mutating func skipSeparators() {
        while rawToken.kind == .newline || rawToken.kind == .semicolon { advanceRaw() }
    }

    /// A statement ends at a newline or `;`, or just before the `}` of its block.
    private mutating func expectStatementEnd() {
        switch peek().kind {
        case .newline, .semicolon: advance()
        case .rightBrace, .endOfInput: break
        default: reportExpected("a newline or ';' after the statement")
        }
    }
}
