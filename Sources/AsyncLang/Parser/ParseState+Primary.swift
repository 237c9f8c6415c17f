/// The atoms of expressions: literals, names, groups, lists, maps and
/// function expressions.
extension ParseState {
    // primary → INT | FLOAT | STRING | "true" | "false" | "nil" | NAME
    //         | "(" expression ")" | listLiteral | mapLiteral | fnExpression
    mutating func parsePrimary() -> Expr {
        let token = peek()
        switch token.kind {
        case .int: advance(); return Expr(.int(token.intValue), token.range)
        case .float: advance(); return Expr(.float(token.floatValue), token.range)
        case .string: return parseStringLiteral()
        case .kwTrue: advance(); return Expr(.bool(true), token.range)
        case .kwFalse: advance(); return Expr(.bool(false), token.range)
        case .kwNil: advance(); return Expr(.nilLiteral, token.range)
        case .identifier: advance(); return Expr(.name(NameRef(name: text(of: token), range: token.range)), token.range)
        case .leftParen: return parseGroup()
        case .leftBracket: return parseList()
        case .leftBrace: return parseMap()
        case .kwFn, .kwAsync: return parseFunctionExpression()
        default:
            reportExpected("an expression")
            return placeholder(at: token.start)
        }
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
