/// Expressions by precedence climbing: one function handles every binary
/// level, so a level of parentheses costs a handful of native frames
/// whatever the number of operator levels.
extension ParseState {
    // expression → binary(or)
    mutating func parseExpression() -> Expr {
        parseBinary(Precedence.or)
    }

    // binary(p) → operand(p) (operator binary(q))*   for each operator of level ≥ p,
    //             where q is one level above the operator's (its own for `**`)
    mutating func parseBinary(_ minimum: Int) -> Expr {
        var chain = beginChain()
        var left = parseOperand(minimum)
        chainStarted(&chain)
        var comparisons = 0
        while !panicking, let op = currentBinaryOperator(), op.precedence >= minimum {
            let opRange = consumeOperator(op)
            let right = parseRightOperand(op, at: opRange)
            guard chainGrew(&chain, at: opRange) else { break }
            if op.isComparison {
                comparisons += 1
                if comparisons == 2 { reportChainedComparison(left, opRange, right) }
            }
            left = Self.combine(left, op, right, at: opRange)
        }
        endChain(chain)
        return left
    }

    private mutating func currentBinaryOperator() -> BinaryOperatorInfo? {
        let kind = peek().kind
        guard kind != .kwNot else { return BinaryOperatorInfo.lookup(kind, next: peek(ahead: 1).kind) }
        return BinaryOperatorInfo.lookup(kind, next: .endOfInput)
    }

    /// Consumes the operator's tokens; a line break after an operator does not end the statement.
    private mutating func consumeOperator(_ op: BinaryOperatorInfo) -> SourceRange {
        let start = advance().start
        if op.tokenCount == 2 { advance() }
        let range = SourceRange(start: start, end: previousEnd)
        skipNewline()
        return range
    }

    private mutating func parseRightOperand(_ op: BinaryOperatorInfo, at range: SourceRange) -> Expr {
        let entered = enterNesting(at: range)
        let right = entered ? parseBinary(op.rightPrecedence) : placeholder(at: range.end)
        leaveNesting()
        return right
    }

    private static func combine(_ left: Expr, _ op: BinaryOperatorInfo, _ right: Expr, at opRange: SourceRange) -> Expr
    {
        let range = SourceRange.covering(left.range, right.range)
        switch op.operation {
        case .binary(let binary): return Expr(.binary(binary, left, right, opRange: opRange), range)
        case .logical(let logical): return Expr(.logical(logical, left, right), range)
        }
    }

    // operand(p) → "not"+ binary(comparison)    if p ≤ not
    //            | "-"+ binary(power)            if p ≤ unary
    //            | ("await" | "spawn")+ postfixExpression | "spawn" block
    //            | postfixExpression
    mutating func parseOperand(_ minimum: Int) -> Expr {
        switch peek().kind {
        case .kwNot where minimum <= Precedence.not:
            return parsePrefixes(.kwNot, operandPrecedence: Precedence.comparison)
        case .minus where minimum <= Precedence.unary:
            return parsePrefixes(.minus, operandPrecedence: Precedence.power)
        case .kwAwait, .kwSpawn:
            return parseTaskPrefixes()
        default:
            return parsePostfixExpression()
        }
    }

    /// A run of the same prefix operator, read in a loop so `- - - x` costs no recursion.
    private mutating func parsePrefixes(_ kind: TokenKind, operandPrecedence: Int) -> Expr {
        var prefixes: [Token] = []
        var withinLimit = true
        while withinLimit && check(kind) {
            prefixes.append(advance())
            skipNewline()
            withinLimit = enterNesting(at: prefixes[prefixes.count - 1].range)
        }
        let operand = withinLimit ? parseBinary(operandPrecedence) : placeholder(at: previousEnd)
        for _ in prefixes { leaveNesting() }
        return Self.wrap(operand, in: prefixes)
    }

    /// `await` and `spawn` share a level and mix freely: `spawn await x`.
    private mutating func parseTaskPrefixes() -> Expr {
        var prefixes: [Token] = []
        var withinLimit = true
        while withinLimit && (check(.kwAwait) || check(.kwSpawn)) {
            prefixes.append(advance())
            skipNewline()
            withinLimit = enterNesting(at: prefixes[prefixes.count - 1].range)
        }
        let operand: Expr
        if !withinLimit {
            operand = placeholder(at: previousEnd)
        } else if prefixes[prefixes.count - 1].kind == .kwSpawn && check(.leftBrace) {
            operand = parseSpawnBlock()
        } else {
            operand = parsePostfixExpression()
        }
        for _ in prefixes { leaveNesting() }
        return Self.wrap(operand, in: prefixes)
    }

    private static func wrap(_ operand: Expr, in prefixes: [Token]) -> Expr {
        var expr = operand
        for prefix in prefixes.reversed() {
            let range = SourceRange.covering(prefix.range, expr.range)
            switch prefix.kind {
            case .minus: expr = Expr(.unary(.negate, expr), range)
            case .kwNot: expr = Expr(.unary(.not, expr), range)
            case .kwAwait: expr = Expr(.await(expr), range)
            default: expr = Expr(.spawn(expr), range)
            }
        }
        return expr
    }
}

extension ParseState {
    /// `a < b < c`: comparisons do not chain. `first` is the `a < b` already built.
    mutating func reportChainedComparison(_ first: Expr, _ op: SourceRange, _ right: Expr) {
        guard case .binary(_, let a, let b, let firstOp) = first.kind else { return }
        let operands = [a.range, b.range, right.range].map(sourceText)
        let fits = operands.allSatisfy { $0.count <= 20 && !$0.contains("\n") && !$0.isEmpty }
        let (x, y, z) = fits ? (operands[0], operands[1], operands[2]) : ("a", "b", "c")
        let suggestion = "\(x) \(sourceText(firstOp)) \(y) and \(y) \(sourceText(op)) \(z)"
        reportInPlace("comparison operators cannot be chained; write '\(suggestion)'", at: op)
    }
}

extension ParseState {
    func sourceText(_ range: SourceRange) -> String {
        String(decoding: bytes[range.start..<max(range.start, range.end)], as: UTF8.self)
    }
}
