/// One token: its kind, where it is, and its value when it is a literal.
/// A plain value type with no references, so the lexer and parser copy it freely.
struct Token: Sendable {
    var kind: TokenKind
    /// True when a line break (or the start of the input) comes right before this token.
    var atLineStart: Bool
    /// Byte offsets into the source file, half-open.
    var start: Int
    var end: Int
    /// `.int`: the value's bit pattern; `.float`: the `Double`'s bit pattern;
    /// `.string`: an index into `LexerOutput.strings`.
    var payload: UInt64 = 0

    var range: SourceRange { SourceRange(start: start, end: end) }

    var intValue: Int64 { Int64(bitPattern: payload) }
    var floatValue: Double { Double(bitPattern: payload) }
    var stringIndex: Int { Int(payload) }
}
