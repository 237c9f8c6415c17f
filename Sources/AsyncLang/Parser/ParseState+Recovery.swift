/// Panic-mode recovery. After an error every parse function returns as soon
/// as it can; the innermost statement loop then skips tokens up to a
/// statement boundary and parsing resumes there, so one run reports every
/// independent error without cascades.
extension ParseState {
    /// Where the statement that failed began.
    struct StatementStart {
        /// Index in the mode stack of the block whose statement this is.
        var modeLevel: Int
        var offset: Int
        /// Bytes from the start of its line: a later line starting at or left of
        /// this column begins a new statement.
        var column: Int
    }

    /// The brackets open while skipping: those open when the error was
    /// reported (`inherited`, outermost first) and those opened since.
    struct OpenBrackets {
        var closers: [TokenKind]
        var count: Int
        var inherited: Int
        var braces = 0

        var openedWhileSkipping: Int { count - inherited }
        var innermost: TokenKind? { count > 0 ? closers[count - 1] : nil }

        init(inherited: ArraySlice<TokenKind>) {
            closers = Array(inherited)
            count = closers.count
            self.inherited = count
            braces = closers.reduce(0) { $0 + ($1 == .rightBrace ? 1 : 0) }
        }

        mutating func open(_ closer: TokenKind) {
            closers.append(closer)
            count += 1
            if closer == .rightBrace { braces += 1 }
        }

        /// Closes up to the innermost bracket `closer` matches; a stray closer is ignored.
        mutating func close(_ closer: TokenKind) {
            var index = count - 1
            while index >= 0 && closers[index] != closer { index -= 1 }
            guard index >= 0 else { return }
            while count > index {
                if closers[count - 1] == .rightBrace { braces -= 1 }
                closers.removeLast()
                count -= 1
            }
            inherited = min(inherited, count)
        }
    }

    mutating func statementStart() -> StatementStart {
        let token = peek()
        return StatementStart(modeLevel: modes.count, offset: token.start, column: byteColumn(of: token.start))
    }

    /// Skips to a statement boundary and leaves panic mode: a newline or `;`
    /// once every bracket open at the error is closed, a `}` closing the
    /// current block, a keyword only a statement can start with, or a line
    /// that starts no further right than the failed statement did. After
    /// `nesting too deep` only the first two count, so the whole deep
    /// construct is skipped. Linear: each token is looked at once. At the end
    /// of input the parser stays in panic mode, so unclosed blocks around the
    /// error are not reported again.
    mutating func synchronize(from start: StatementStart) {
        guard !stopped else { return }
        let inherited = errorClosers.count > start.modeLevel ? errorClosers[start.modeLevel...] : []
        var open = OpenBrackets(inherited: inherited)
        var mustMove = rawToken.start == start.offset
        while rawToken.kind != .endOfInput {
            let token = rawToken
            if !mustMove && isBoundary(token, open: open, start: start) { break }
            mustMove = false
            advanceRaw()
            switch token.kind {
            case .error:
                checkErrorLimit()
                if stopped { return }
            case .newline, .semicolon:
                if open.count == 0 {
                    panicking = false
                    return
                }
            case .leftParen: open.open(.rightParen)
            case .leftBracket: open.open(.rightBracket)
            case .leftBrace: open.open(.rightBrace)
            case .rightParen, .rightBracket, .rightBrace: open.close(token.kind)
            default: break
            }
        }
        panicking = rawToken.kind == .endOfInput
    }

    /// After an error inside brackets, skips to the closer of the innermost
    /// bracket and leaves panic mode, so parsing goes on after it. Gives up,
    /// still panicking, at a `}` or keyword that cannot belong inside, or at
    /// the end of input; the statement loop then recovers as usual.
    mutating func skipToCloser() {
        guard !stopped && !errorWasNestingTooDeep, let closer = modes.last?.closer else { return }
        var open = OpenBrackets(inherited: [])
        while true {
            let kind = peek().kind
            if kind == closer && open.count == 0 { break }
            if kind == .endOfInput || kind.startsStatementOnly || (kind == .rightBrace && open.braces == 0) { return }
            if let inner = kind.closer { open.open(inner) } else if kind.isCloser { open.close(kind) }
            advance()
        }
        panicking = false
    }

    /// Should skipping stop before `token`?
    private mutating func isBoundary(_ token: Token, open: OpenBrackets, start: StatementStart) -> Bool {
        if token.kind == .rightBrace && open.braces == 0 { return true }
        if errorWasNestingTooDeep { return false }
        if token.atLineStart && open.openedWhileSkipping == 0 && !(token.kind.isCloser && open.innermost == token.kind)
            && byteColumn(of: token.start) <= start.column
        {
            return true
        }
        return open.count == 0 && token.start != errorTokenStart && token.kind.startsStatementOnly
    }

    /// Bytes between the start of the line holding `offset` and `offset`.
    mutating func byteColumn(of offset: Int) -> Int {
        let starts = file.lineStarts
        var low = 0
        var high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return offset - starts[low]
    }
}
