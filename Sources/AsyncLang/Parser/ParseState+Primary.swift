/// The atoms of expressions: literals, names, groups, lists, maps and
/// function expressions.
extension ParseState {
    // primary → INT | FLOAT | STRING | "true" | "false" | "nil" | NAME
    //         | "(" expression ")" | listLiteral | mapLiteral | fnExpression
    mutating func parsePrimary() -> Expr {
        let token = peek()
        switch token.kind {
        case .int: return leaf(.int(token.intValue))
        case .float: return leaf(.float(token.floatValue))
        case .string: return parseStringLiteral()
        case .kwTrue: return leaf(.bool(true))
        case .kwFalse: return leaf(.bool(false))
        case .kwNil: return leaf(.nilLiteral)
        case .identifier: return leaf(.name(NameRef(name: text(of: token), range: token.range)))
        case .leftParen: return parseGroup()
        case .leftBracket: return parseList()
        case .leftBrace: return parseMap()
        case .kwFn, .kwAsync: return parseFunctionExpression()
        default:
            reportExpected("an expression")
            return placeholder(at: token.start)
        }
    }

    /// A one-token expression: consumes the token, which gives the range.
    private mutating func leaf(_ kind: ExprKind) -> Expr {
        Expr(kind, advance().range)
    }

    // group → "(" expression ")"
    private mutating func parseGroup() -> Expr {
        let open = peek()
        var inner = placeholder(at: open.end)
        if enterBracket() != nil { inner = parseExpression() }
        leaveBracket(open)
        return Expr(inner.kind, range(from: open.start))
    }

    // listLiteral → "[" (listElement ("," listElement)* ","?)? "]"
    // listElement → "..." expression | expression
    private mutating func parseList() -> Expr {
        let open = peek()
        var elements: [ListElement] = []
        if enterBracket() != nil {
            while !panicking && !check(.rightBracket) {
                elements.append(match(.ellipsis) ? .spread(parseExpression()) : .item(parseExpression()))
                if !match(.comma) { break }
            }
        }
        leaveBracket(open)
        return Expr(.list(elements), range(from: open.start))
    }

    // mapLiteral → "{" (mapEntry ("," mapEntry)* ","?)? "}"
    // mapEntry → (NAME | expression) ":" expression      (a bare NAME is a string key)
    private mutating func parseMap() -> Expr {
        let open = peek()
        var entries: [MapEntry] = []
        if enterBracket() != nil {
            while !panicking && !check(.rightBrace) {
                guard let entry = parseMapEntry() else { break }
                entries.append(entry)
                if !match(.comma) { break }
            }
        }
        leaveBracket(open)
        return Expr(.map(entries), range(from: open.start))
    }

    private mutating func parseMapEntry() -> MapEntry? {
        let token = peek()
        let key: Expr
        if token.kind == .identifier && peek(ahead: 1).kind == .colon {
            advance()
            key = Expr(.string(text(of: token)), token.range)
        } else {
            key = parseExpression()
        }
        guard !panicking else { return nil }
        guard match(.colon) else {
            reportExpected("':' after the map key")
            return nil
        }
        return MapEntry(key: key, value: parseExpression())
    }
}
