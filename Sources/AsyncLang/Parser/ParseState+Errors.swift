/// Reporting syntax errors. Messages say what was expected and what was
/// found, Lua style: `expected ')' to close '(' at line 3, found 'end'`.
extension ParseState {
    /// Reports an error that leaves the parser lost: it enters panic mode, so
    /// nothing more is reported until `synchronize` finds a statement boundary.
    mutating func report(_ message: String, at range: SourceRange, atEndOfInput: Bool = false) {
        guard !panicking else { return }
        enterPanic(at: range.start)
        // An unterminated string that ran to the end explains every error found there.
        if atEndOfInput && errors.inputSwallowed { return }
        errors.add(message, at: range, atEndOfInput: atEndOfInput && interpolationDepth == 0)
        checkErrorLimit()
    }

    /// Reports an error after which the tree is still well formed (a chained
    /// comparison, an invalid assignment target), so parsing simply goes on.
    mutating func reportInPlace(_ message: String, at range: SourceRange) {
        guard !panicking else { return }
        errors.add(message, at: range)
        checkErrorLimit()
    }

    /// `expected WHAT, found TOKEN` at the current token. A token the lexer
    /// already reported (`.error`) only starts the recovery.
    mutating func reportExpected(_ what: String, hint: String = "") {
        let token = peek()
        guard token.kind != .error else {
            if !panicking { enterPanic(at: token.start) }
            return
        }
        report(
            "expected \(what), found \(describe(token))\(hint)", at: token.range,
            atEndOfInput: token.kind == .endOfInput)
    }

    /// Expects the token that closes `open`, consumes it, and leaves its mode;
    /// reports `expected ')' to close '(' at line N, found X` otherwise. With
    /// `skippingToCloser`, an error inside is recovered from here when the
    /// closer can be found (see `skipToCloser`).
    mutating func close(_ open: Token, spelled opener: String? = nil, skippingToCloser: Bool = false) {
        guard let closer = modes.last?.closer else { return }
        if !panicking && !check(closer) {
            let shown = opener ?? text(of: open)
            let line = file.position(of: open.start).line
            reportExpected("'\(Self.spelling(of: closer))' to close '\(shown)' at line \(line)")
        }
        if panicking && skippingToCloser { skipToCloser() }
        if !panicking && check(closer) {
            popMode()
            advance()
            return
        }
        popMode()
    }

    /// Too many errors (the lexer's count too): abandon the parse.
    mutating func checkErrorLimit() {
        if errors.isFull {
            stopped = true
            panicking = true
        }
    }

    private mutating func enterPanic(at start: Int) {
        panicking = true
        errorTokenStart = start
        errorWasNestingTooDeep = false
        errorClosers = modes.map(\.closer)
    }

    /// How a token is named in a message: `newline`, `end of input`, or its text in quotes.
    mutating func describe(_ token: Token) -> String {
        switch token.kind {
        case .newline: return "newline"
        case .endOfInput: return "end of input"
        default: return "'\(Self.shortened(text(of: token)))'"
        }
    }

    private static func shortened(_ text: String) -> String {
        var shown = text.prefix { $0 != "\n" && $0 != "\r" }
        if shown.count > 24 { shown = shown.prefix(24) }
        return shown.count < text.count ? shown + "…" : String(shown)
    }

    static func spelling(of kind: TokenKind) -> String {
        switch kind {
        case .rightParen: return ")"
        case .rightBracket: return "]"
        case .rightBrace: return "}"
        default: return "\(kind)"
        }
    }

    /// Expression to stand in for one that could not be parsed.
    mutating func placeholder(at offset: Int) -> Expr {
        Expr(.nilLiteral, SourceRange(start: offset, end: offset))
    }
}
