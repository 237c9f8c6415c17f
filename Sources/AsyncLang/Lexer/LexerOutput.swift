/// What the lexer hands the parser besides tokens: the decoded string
/// literals, and the errors it found. Shared by the main lexer and the
/// lexers the parser starts on interpolations, which reuse strings that the
/// main lexer already scanned inside interpolations instead of scanning them again.
final class LexerOutput {
    let errors: SyntaxErrorLog
    /// Decoded literals; a `.string` token's payload indexes this.
    var strings: [StringLiteral] = []
    /// Strings found inside interpolations, by the offset of their opening quote:
    /// (index in `strings`, end offset).
    var nestedStrings: [Int: (index: Int, end: Int)] = [:]

    init(errors: SyntaxErrorLog) {
        self.errors = errors
    }

    func add(_ literal: StringLiteral) -> Int {
        strings.append(literal)
        return strings.count - 1
    }
}
