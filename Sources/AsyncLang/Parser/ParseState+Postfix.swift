/// Postfix operations: calls, indexing, slicing and member access, built in
/// a loop so `f()()()` or `a.b.c.d` costs no recursion.
extension ParseState {
    // postfixExpression → primary (call | subscript | member)*
    mutating func parsePostfixExpression() -> Expr {
        var chain = beginChain()
        var expr = parsePrimary()
        chainStarted(&chain)
        while !panicking {
            let token = peek()
            switch token.kind {
            case .leftParen: expr = parseCall(expr)
            case .leftBracket: expr = parseSubscript(expr)
            case .dot: expr = parseMember(expr)
            case .newline where rawToken(at: 1).kind == .dot:
                // A line starting with `.` continues the expression (method chaining).
                advanceRaw()
                continue
            default:
                endChain(chain)
                return expr
            }
            guard chainGrew(&chain, at: token.range) else { break }
        }
        endChain(chain)
        return expr
    }

    /// Consumes an opening bracket and enters it: newlines stop mattering and
    /// nesting deepens. False when too deep; either way, finish with `leaveBracket`.
    mutating func enterBracket() -> Token? {
        let open = advance()
        pushMode(newlinesEndStatements: false, closer: open.kind.closer ?? .rightParen)
        return enterNesting(at: open.range) ? open : nil
    }

    mutating func leaveBracket(_ open: Token, skippingToCloser: Bool = false) {
        leaveNesting()
        close(open, skippingToCloser: skippingToCloser)
    }

    // call → "(" (argument ("," argument)* ","?)? ")"
    private mutating func parseCall(_ callee: Expr) -> Expr {
        let open = peek()
        var arguments: [Argument] = []
        if enterBracket() != nil { parseArguments(into: &arguments) }
        leaveBracket(open)
        return Expr(.call(callee, arguments), range(from: callee.range.start))
    }

    private mutating func parseArguments(into arguments: inout [Argument]) {
        var labelled = false
        while !panicking && !check(.rightParen) {
            let (argument, range) = parseArgument()
            if case .labelled = argument {
                labelled = true
            } else if labelled {
                reportInPlace(
                    "positional argument after a labelled argument; put positional arguments first", at: range)
            }
            arguments.append(argument)
            if !match(.comma) { break }
        }
    }

    // argument → "..." expression | label ":" expression | expression
    //            (a label may be a keyword: `f(in: 3)`)
    private mutating func parseArgument() -> (Argument, SourceRange) {
        let token = peek()
        if token.kind == .ellipsis {
            advance()
            let value = parseExpression()
            return (.spread(value), range(from: token.start))
        }
        if token.kind == .identifier || token.kind.isKeyword, peek(ahead: 1).kind == .colon {
            advance()
            advance()
            let value = parseExpression()
            return (.labelled(text(of: token), value, labelRange: token.range), range(from: token.start))
        }
        let value = parseExpression()
        return (.positional(value), value.range)
    }

    // subscript → "[" expression "]" | "[" expression? ":" expression? "]"
    private mutating func parseSubscript(_ object: Expr) -> Expr {
        let open = peek()
        var kind = ExprKind.index(object, placeholder(at: open.end))
        if enterBracket() != nil { kind = parseSubscriptContents(of: object) }
        leaveBracket(open)
        return Expr(kind, range(from: object.range.start))
    }

    private mutating func parseSubscriptContents(of object: Expr) -> ExprKind {
        let lower = check(.colon) ? nil : parseExpression()
        guard !panicking, match(.colon) else { return .index(object, lower ?? placeholder(at: previousEnd)) }
        let upper = check(.rightBracket) ? nil : parseExpression()
        return .slice(object, lower, upper)
    }

    // member → "." name   (keywords are fine: `t.cancel()`, `q.close()`)
    private mutating func parseMember(_ object: Expr) -> Expr {
        advance()
        skipNewline()
        let name = peek()
        guard name.kind == .identifier || name.kind.isKeyword else {
            reportExpected("a member name after '.'")
            return object
        }
        advance()
        return Expr(.member(object, text(of: name), nameRange: name.range), range(from: object.range.start))
    }
}
