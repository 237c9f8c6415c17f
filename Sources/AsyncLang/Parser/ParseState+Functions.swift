/// Functions: `fn` statements, function expressions, parameters, the two
/// body forms, and `spawn { ... }` blocks.
extension ParseState {
    // fnStatement → "async"? "fn" NAME parameters functionBody
    mutating func parseFunctionStatement() -> Stmt {
        let start = peek().start
        let isAsync = match(.kwAsync)
        advance()
        let nameToken = advance()
        let name = text(of: nameToken)
        let binding = VarDecl(name: name, range: nameToken.range, isMutable: false)
        let function = parseFunctionRest(start: start, name: name, isAsync: isAsync, binding: binding)
        return Stmt(.function(function), function.range)
    }

    // fnExpression → "async"? "fn" parameters functionBody
    mutating func parseFunctionExpression() -> Expr {
        let start = peek().start
        let isAsync = match(.kwAsync)
        guard match(.kwFn) else {
            reportExpected("'fn' after 'async'")
            return placeholder(at: start)
        }
        let function = parseFunctionRest(start: start, name: "<fn>", isAsync: isAsync, binding: nil)
        return Expr(.function(function), function.range)
    }

    private mutating func parseFunctionRest(start: Int, name: String, isAsync: Bool, binding: VarDecl?) -> FunctionDecl
    {
        let parameters = parseParameters(of: name)
        functionIsGenerator.append(false)
        let body = parseFunctionBody(of: name)
        let isGenerator = functionIsGenerator.removeLast()
        return FunctionDecl(
            name: name, range: range(from: start), parameters: parameters, body: body, isAsync: isAsync,
            isGenerator: isGenerator, binding: binding)
    }

    // parameters → "(" (parameter ("," parameter)* ","?)? ")"
    private mutating func parseParameters(of name: String) -> [Parameter] {
        guard check(.leftParen) else {
            let what = name == "<fn>" ? "'(' after 'fn'" : "'(' after the name of \(described(name))"
            reportExpected(what)
            return []
        }
        let open = peek()
        var parameters: [Parameter] = []
        if enterBracket() != nil {
            while !panicking && !check(.rightParen) {
                guard let parameter = parseParameter(after: parameters) else { break }
                parameters.append(parameter)
                if !match(.comma) { break }
            }
        }
        // A bad parameter list must not hide the errors of the body after it.
        leaveBracket(open, skippingToCloser: true)
        return parameters
    }

    // parameter → NAME ("=" expression)?
    private mutating func parseParameter(after previous: [Parameter]) -> Parameter? {
        let token = peek()
        guard token.kind == .identifier else {
            reportExpected("a parameter name")
            return nil
        }
        advance()
        let name = text(of: token)
        if previous.contains(where: { $0.variable.name == name }) {
            reportInPlace("duplicate parameter '\(name)'", at: token.range)
        }
        let variable = VarDecl(name: name, range: token.range, isMutable: true)
        guard match(.equal) else { return Parameter(variable: variable, defaultValue: nil) }
        skipNewline()
        return Parameter(variable: variable, defaultValue: parseExpression())
    }

    // functionBody → block | "=>" expression
    private mutating func parseFunctionBody(of name: String) -> Block {
        guard !panicking else { return Block([], range(from: previousEnd)) }
        guard check(.arrow) else {
            return parseBlock(after: "the parameters of \(described(name))", expecting: "'{' or '=>'")
        }
        let arrow = advance()
        skipNewline()
        let entered = enterNesting(at: arrow.range)
        let value = entered ? parseExpression() : placeholder(at: arrow.end)
        leaveNesting()
        return Block([Stmt(.returnValue(value), value.range)], value.range)
    }

    // spawnBlock → "spawn" block    (the block becomes an async function named "spawn")
    mutating func parseSpawnBlock() -> Expr {
        functionIsGenerator.append(false)
        let body = parseBlock(after: "'spawn'")
        let isGenerator = functionIsGenerator.removeLast()
        let function = FunctionDecl(
            name: "spawn", range: body.range, parameters: [], body: body, isAsync: true, isGenerator: isGenerator)
        return Expr(.function(function), body.range)
    }

    private func described(_ name: String) -> String {
        name == "<fn>" ? "the function" : "'\(name)'"
    }
}
