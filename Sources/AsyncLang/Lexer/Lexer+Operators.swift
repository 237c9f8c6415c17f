/// Operators and punctuation, with teaching errors for the spellings other
/// languages use (`&&`, `||`, `!`). Bytes are matched as hex literals, which
/// debug builds compare directly (`UInt8(ascii:)` would be a call per case).
extension Lexer {
    // operator → one of + - * / // % ** == != < <= > >= = += -= *= /= //= %=
    //            ( ) [ ] { } , . : ; => ...
    mutating func scanOperator(atLineStart: Bool) -> Token {
        let next = position + 1 < limit ? bytes[position + 1] : 0
        let third = position + 2 < limit ? bytes[position + 2] : 0
        let (kind, length) = Self.operatorKind(bytes[position], next, third)
        guard kind != .error else {
            var token = scanOddCharacter()
            token.atLineStart = atLineStart
            return token
        }
        let start = position
        position += length
        return Token(kind: kind, atLineStart: atLineStart, start: start, end: position)
    }

    /// The operator the bytes spell and its length; `.error` for anything else.
    private static func operatorKind(_ byte: UInt8, _ next: UInt8, _ third: UInt8) -> (TokenKind, Int) {
        let equalFollows = next == 0x3D  // =
        switch byte {
        case 0x28: return (.leftParen, 1)  // (
        case 0x29: return (.rightParen, 1)  // )
        case 0x5B: return (.leftBracket, 1)  // [
        case 0x5D: return (.rightBracket, 1)  // ]
        case 0x7B: return (.leftBrace, 1)  // {
        case 0x7D: return (.rightBrace, 1)  // }
        case 0x2C: return (.comma, 1)  // ,
        case 0x3A: return (.colon, 1)  // :
        case 0x3B: return (.semicolon, 1)  // ;
        case 0x2E: return next == 0x2E && third == 0x2E ? (.ellipsis, 3) : (.dot, 1)  // . ...
        case 0x2B: return equalFollows ? (.plusEqual, 2) : (.plus, 1)  // + +=
        case 0x2D: return equalFollows ? (.minusEqual, 2) : (.minus, 1)  // - -=
        case 0x25: return equalFollows ? (.percentEqual, 2) : (.percent, 1)  // % %=
        case 0x3C: return equalFollows ? (.lessEqual, 2) : (.less, 1)  // < <=
        case 0x3E: return equalFollows ? (.greaterEqual, 2) : (.greater, 1)  // > >=
        case 0x2A:  // * ** *=
            if next == 0x2A { return (.starStar, 2) }
            return equalFollows ? (.starEqual, 2) : (.star, 1)
        case 0x2F:  // / // /= //=
            if next == 0x2F { return third == 0x3D ? (.slashSlashEqual, 3) : (.slashSlash, 2) }
            return equalFollows ? (.slashEqual, 2) : (.slash, 1)
        case 0x3D:  // = == =>
            if equalFollows { return (.equalEqual, 2) }
            return next == 0x3E ? (.arrow, 2) : (.equal, 1)
        case 0x21: return equalFollows ? (.bangEqual, 2) : (.error, 1)  // != (a lone ! is handled below)
        default: return (.error, 1)
        }
    }

    /// Characters that are not operators: `!`, `&&`, `||`, NUL, and strays.
    private mutating func scanOddCharacter() -> Token {
        let start = position
        let byte = bytes[start]
        switch byte {
        case 0x21:  // !
            return repaired(.kwNot, length: 1, message: "use 'not' instead of '!'")
        case 0x26 where peekByte(start + 1) == 0x26:  // &&
            return repaired(.kwAnd, length: 2, message: "use 'and' instead of '&&'")
        case 0x7C where peekByte(start + 1) == 0x7C:  // ||
            return repaired(.kwOr, length: 2, message: "use 'or' instead of '||'")
        case 0:
            return errorToken("NUL byte in source", from: start, to: start + 1)
        default:
            let end = min(limit, start + Ascii.scalarLength(byte))
            let hex = String(byte, radix: 16, uppercase: true)
            let shown =
                byte < 0x20 || byte == 0x7F
                ? "U+" + String(repeating: "0", count: 4 - hex.count) + hex : "'\(text(start, end))'"
            return errorToken("unexpected character \(shown)", from: start, to: end)
        }
    }

    /// Reports a foreign spelling and reads it as the intended keyword, so
    /// parsing goes on undisturbed.
    private mutating func repaired(_ kind: TokenKind, length: Int, message: String) -> Token {
        let start = position
        position += length
        output.errors.add(message, at: SourceRange(start: start, end: position))
        return Token(kind: kind, atLineStart: false, start: start, end: position)
    }
}
