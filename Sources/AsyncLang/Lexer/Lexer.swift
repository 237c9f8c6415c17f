/// Turns the UTF-8 bytes of a source file into tokens, one at a time, as the
/// parser asks for them. It reports malformed input (stray characters, bad
/// escapes, unterminated strings) to the shared error log and hands the parser
/// an `.error` token, or a repaired token when the intent is clear (`&&` becomes
/// `and`), so the parser does not report the same mistake again.
///
/// Line breaks come out as `.newline` tokens, one per run of blank lines and
/// comments; whether a newline ends a statement is the parser's business.
///
/// Debug builds must lex a 5 MB script in well under a second, so the hot
/// paths compare bytes against literals (written in hex, with the character
/// in a comment) and avoid calling non-mutating methods, which copy the struct.
struct Lexer {
    /// The file's bytes. A pointer rather than the array because array access
    /// is several times slower in debug builds; it is safe because every lexer
    /// lives inside the `withUnsafeBufferPointer` call of `Parser.parse`.
    let bytes: UnsafeBufferPointer<UInt8>
    /// Offset where this lexer stops: the end of the file, or the end of an interpolation.
    let limit: Int
    let maxNesting: Int
    let output: LexerOutput
    var position: Int
    private var atLineStart: Bool

    /// A lexer over a whole file. A leading byte-order mark is skipped; a `#!`
    /// first line needs no special case since `#` starts a comment.
    init(file bytes: UnsafeBufferPointer<UInt8>, output: LexerOutput, maxNesting: Int) {
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        self.init(bytes: bytes, range: (hasBOM ? 3 : 0)..<bytes.count, output: output, maxNesting: maxNesting)
    }

    /// A lexer over part of the file, such as the expression of an interpolation.
    init(bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, output: LexerOutput, maxNesting: Int) {
        self.bytes = bytes
        self.limit = range.upperBound
        self.maxNesting = maxNesting
        self.output = output
        self.position = range.lowerBound
        self.atLineStart = true
    }

    /// The next token; `.endOfInput` forever once the input is used up.
    mutating func next() -> Token {
        if position < limit && (bytes[position] <= 0x20 || bytes[position] == Ascii.hash) { skipBlanksAndComments() }
        guard position < limit else {
            return Token(kind: .endOfInput, atLineStart: atLineStart, start: limit, end: limit)
        }
        let byte = bytes[position]
        if byte == Ascii.newline { return lineBreak() }
        let lineStart = atLineStart
        atLineStart = false
        if Ascii.isDigit(byte) { return scanNumber(atLineStart: lineStart) }
        if Ascii.isIdentifierStart(byte) { return scanIdentifier(atLineStart: lineStart) }
        if byte == Ascii.quote { return scanStringToken(atLineStart: lineStart) }
        return scanOperator(atLineStart: lineStart)
    }

    // identifier → [A-Za-z_] [A-Za-z0-9_]*   (or a keyword)
    private mutating func scanIdentifier(atLineStart: Bool) -> Token {
        let start = position
        position += 1
        while position < limit && Ascii.isIdentifierByte(bytes[position]) {
            position += 1
        }
        let kind = Keywords.kind(of: bytes[start..<position])
        return Token(kind: kind, atLineStart: atLineStart, start: start, end: position)
    }

    /// A run of line breaks, blank lines and comment lines becomes one token
    /// that points at the first line break.
    private mutating func lineBreak() -> Token {
        let start = position
        while position < limit {
            let byte = bytes[position]
            if byte == Ascii.newline || Ascii.isBlank(byte) {
                position += 1
            } else if byte == Ascii.hash {
                skipComment()
            } else {
                break
            }
        }
        atLineStart = true
        return Token(kind: .newline, atLineStart: false, start: start, end: start + 1)
    }

    private mutating func skipBlanksAndComments() {
        while position < limit {
            let byte = bytes[position]
            if byte == 0x20 || byte == 0x09 || byte == 0x0D {  // space, tab, carriage return
                position += 1
            } else if byte == Ascii.hash {
                skipComment()
            } else {
                return
            }
        }
    }

    // comment → "#" (any byte but a line break)*
    private mutating func skipComment() {
        while position < limit && bytes[position] != Ascii.newline {
            if bytes[position] == 0 { reportNul(at: position) }
            position += 1
        }
    }

    // MARK: Helpers shared by the scanning extensions

    /// The byte at `offset`, or 0 past the end (callers only compare it with printable characters).
    func peekByte(_ offset: Int) -> UInt8 {
        offset < limit ? bytes[offset] : 0
    }

    func byte(at offset: Int) -> UInt8? {
        offset < limit ? bytes[offset] : nil
    }

    func text(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// Moves past the current token's bytes and reports it as an error.
    mutating func errorToken(_ message: String, from start: Int, to end: Int) -> Token {
        output.errors.add(message, at: SourceRange(start: start, end: end))
        position = end
        return Token(kind: .error, atLineStart: false, start: start, end: end)
    }

    func reportNul(at offset: Int) {
        output.errors.add("NUL byte in source", at: SourceRange(start: offset, end: offset + 1))
    }
}
