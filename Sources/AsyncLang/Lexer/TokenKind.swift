/// Every kind of token the lexer produces. Keywords get their own kinds so the
/// parser can switch on them; their spelling lives in `Keywords.swift`.
/// No raw values: `==` on a raw-valued enum goes through `RawRepresentable`,
/// which debug builds run through generic metadata lookups on every comparison.
enum TokenKind: Sendable {
    // Names and literals. A literal's value travels in `Token.payload`.
    case identifier, int, float, string

    // Keywords.
    case kwLet, kwVar, kwFn, kwAsync, kwAwait, kwReturn, kwIf, kwElse, kwWhile, kwFor, kwIn
    case kwBreak, kwContinue, kwTry, kwCatch, kwFinally, kwThrow, kwSpawn, kwCancel, kwWith, kwAs
    case kwTrue, kwFalse, kwNil, kwAnd, kwOr, kwNot, kwYield

    // Operators.
    case plus, minus, star, slash, slashSlash, percent, starStar
    case equalEqual, bangEqual, less, lessEqual, greater, greaterEqual
    case equal, plusEqual, minusEqual, starEqual, slashEqual, slashSlashEqual, percentEqual

    // Punctuation.
    case leftParen, rightParen, leftBracket, rightBracket, leftBrace, rightBrace
    case comma, dot, colon, semicolon, arrow, ellipsis

    /// One or more line breaks (with the blank lines and comments between them).
    case newline
    case endOfInput
    /// Input the lexer could not make sense of; it has already reported why.
    case error

    var isKeyword: Bool {
        switch self {
        case .kwLet, .kwVar, .kwFn, .kwAsync, .kwAwait, .kwReturn, .kwIf, .kwElse, .kwWhile, .kwFor, .kwIn,
            .kwBreak, .kwContinue, .kwTry, .kwCatch, .kwFinally, .kwThrow, .kwSpawn, .kwCancel, .kwWith, .kwAs,
            .kwTrue, .kwFalse, .kwNil, .kwAnd, .kwOr, .kwNot, .kwYield:
            return true
        default:
            return false
        }
    }

    /// Tokens that may only begin a statement, never appear inside an expression.
    /// Error recovery stops skipping when it meets one.
    var startsStatementOnly: Bool {
        switch self {
        case .kwLet, .kwVar, .kwIf, .kwWhile, .kwFor, .kwReturn, .kwThrow, .kwTry, .kwWith, .kwYield,
            .kwCancel, .kwBreak, .kwContinue:
            return true
        default:
            return false
        }
    }

    /// The closing token that matches an opening bracket.
    var closer: TokenKind? {
        switch self {
        case .leftParen: return .rightParen
        case .leftBracket: return .rightBracket
        case .leftBrace: return .rightBrace
        default: return nil
        }
    }

    var isCloser: Bool {
        switch self {
        case .rightParen, .rightBracket, .rightBrace: return true
        default: return false
        }
    }
}

extension TokenKind {
    /// Compares the cases' tags directly. The derived `==` switches over each
    /// operand, which costs more than anything else per token in a debug
    /// build. Safe because `TokenKind` has no payloads and fewer than 256
    /// cases, so a value is its one-byte tag (a test checks the size).
    static func == (a: TokenKind, b: TokenKind) -> Bool {
        unsafeBitCast(a, to: UInt8.self) == unsafeBitCast(b, to: UInt8.self)
    }
}
