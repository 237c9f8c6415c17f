/// The content of one string literal, escapes decoded, with the byte ranges
/// of its interpolations, which the parser parses as expressions of the same file.
struct StringLiteral {
    enum Part {
        case text(String)
        /// `\( ... )`: `open` is the offset of the backslash; the expression's
        /// tokens run from `contentStart` up to and including the matching `)`,
        /// which ends at `contentEnd`.
        case interpolation(open: Int, contentStart: Int, contentEnd: Int)
    }

    var parts: [Part]

    var hasInterpolation: Bool {
        parts.contains { if case .interpolation = $0 { true } else { false } }
    }
}
