/// Statements other than the compound ones of `+ControlFlow`.
extension ParseState {
    // statement → variableStatement | fnStatement | ifStatement | whileStatement | forStatement
    //           | tryStatement | withStatement | returnStatement | "throw" expression
    //           | yieldStatement | "cancel" expression | "break" | "continue" | expressionStatement
    mutating func parseStatement() -> Stmt? {
        let token = peek()
        switch token.kind {
        case .kwLet, .kwVar: return parseVariable()
        case .kwFn where peek(ahead: 1).kind == .identifier: return parseFunctionStatement()
        case .kwAsync where peek(ahead: 1).kind == .kwFn && peek(ahead: 2).kind == .identifier:
            return parseFunctionStatement()
        case .kwIf: return parseIf()
        case .kwWhile: return parseWhile()
        case .kwFor: return parseFor()
        case .kwTry: return parseTry()
        case .kwWith: return parseWith()
        case .kwReturn: return parseReturn()
        case .kwYield: return parseYield()
        case .kwThrow: return parseKeywordAndValue { .throwError($0) }
        case .kwCancel: return parseKeywordAndValue { .cancel($0) }
        case .kwBreak:
            advance()
            return Stmt(.breakLoop, token.range)
        case .kwContinue:
            advance()
            return Stmt(.continueLoop, token.range)
        case .leftBrace, .rightBrace, .kwElse, .kwCatch, .kwFinally: return misplaced(token)
        default: return parseExpressionStatement()
        }
    }

    /// Tokens that cannot start a statement, with what the writer probably meant.
    private mutating func misplaced(_ token: Token) -> Stmt? {
        let message: String
        switch token.kind {
        case .leftBrace:
            message =
                "a statement cannot start with '{': a block needs a keyword such as 'if', "
                + "and a map literal cannot stand alone"
        case .rightBrace: message = "unexpected '}' with no open block to close"
        case .kwElse: message = "'else' without a matching 'if'"
        case .kwCatch: message = "'catch' without a matching 'try'"
        default: message = "'finally' without a matching 'try'"
        }
        report(message, at: token.range)
        return nil
    }

    // variableStatement → ("let" | "var") NAME ("=" expression)?     (`let` needs the value)
    private mutating func parseVariable() -> Stmt? {
        let keyword = advance()
        let isMutable = keyword.kind == .kwVar
        let spelled = isMutable ? "var" : "let"
        let nameToken = peek()
        guard nameToken.kind == .identifier else {
            reportExpected("a name after '\(spelled)'")
            return nil
        }
        advance()
        let name = text(of: nameToken)
        let variable = VarDecl(name: name, range: nameToken.range, isMutable: isMutable)
        if match(.equal) {
            skipNewline()
            let value = parseExpression()
            if case .function(let function) = value.kind, function.name == "<fn>" { function.name = name }
            return Stmt(.variable(variable, value), range(from: keyword.start))
        }
        guard endsStatement(peek()) else {
            reportExpected("'=' after '\(spelled) \(name)'")
            return nil
        }
        if !isMutable {
            reportInPlace(
                "'let \(name)' needs a value: write 'let \(name) = ...', or 'var \(name)' for a variable that starts as nil",
                at: nameToken.range)
        }
        return Stmt(.variable(variable, nil), range(from: keyword.start))
    }

    // returnStatement → "return" expression?   (no value before a newline, ';', '}' or the end)
    private mutating func parseReturn() -> Stmt {
        let keyword = advance()
        guard !endsStatement(peek()) else { return Stmt(.returnValue(nil), keyword.range) }
        let value = parseExpression()
        return Stmt(.returnValue(value), range(from: keyword.start))
    }

    // yieldStatement → "yield" expression?   (makes the enclosing function a generator)
    private mutating func parseYield() -> Stmt {
        let keyword = advance()
        if functionIsGenerator.isEmpty {
            reportInPlace("'yield' outside a function", at: keyword.range)
        } else {
            functionIsGenerator[functionIsGenerator.count - 1] = true
        }
        let value = endsStatement(peek()) ? Expr(.nilLiteral, keyword.range) : parseExpression()
        return Stmt(.yield(value), range(from: keyword.start))
    }

    private mutating func parseKeywordAndValue(_ make: (Expr) -> StmtKind) -> Stmt {
        let keyword = advance()
        let value = parseExpression()
        return Stmt(make(value), range(from: keyword.start))
    }

    // expressionStatement → expression (assignOperator expression)?
    // assignOperator → "=" | "+=" | "-=" | "*=" | "/=" | "//=" | "%="
    private mutating func parseExpressionStatement() -> Stmt {
        let target = parseExpression()
        let opToken = peek()
        let compound = BinaryOperatorInfo.compoundAssignment(opToken.kind)
        guard !panicking, opToken.kind == .equal || compound != nil else {
            return Stmt(.expression(target), target.range)
        }
        advance()
        skipNewline()
        let assignable = assignmentTarget(target)
        let value = parseExpression()
        let range = SourceRange.covering(target.range, value.range)
        guard let assignable else { return Stmt(.expression(value), range) }
        if let compound {
            return Stmt(.compoundAssign(assignable, compound, value, opRange: opToken.range), range)
        }
        return Stmt(.assign(assignable, value), range)
    }

    /// A name, `a[i]` or `m.key`; anything else is reported.
    private mutating func assignmentTarget(_ expr: Expr) -> AssignTarget? {
        switch expr.kind {
        case .name(let name): return .name(name)
        case .index(let object, let index): return .index(object, index)
        case .member(let object, let name, let nameRange): return .member(object, name, nameRange: nameRange)
        default:
            reportInPlace("cannot assign to this expression", at: expr.range)
            return nil
        }
    }

    /// Whether `token` ends the statement before it: a newline, `;`, `}` or the end.
    mutating func endsStatement(_ token: Token) -> Bool {
        switch token.kind {
        case .newline, .semicolon, .rightBrace, .endOfInput: return true
        default: return false
        }
    }
}
