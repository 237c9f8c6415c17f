/// String literals: `"..."` and `"""..."""`, with escapes and `\( )` interpolation.
///
/// The lexer decodes the text and finds where each interpolation ends (the
/// matching `)`, counting nested parentheses and stepping over nested string
/// literals); the parser later parses each interpolation as an expression of
/// the same file. Nested literals found on the way are remembered in
/// `LexerOutput.nestedStrings`, so every byte is scanned once however deep
/// interpolations nest.
extension Lexer {
    /// Where scanning one piece of a literal got to.
    enum ScanStep {
        case next(Int)
        /// The literal ended (line break or end of input) before it was closed; not yet reported.
        case unterminated(Int)
        /// Something inside failed and was already reported.
        case failed(Int)
    }

    /// How scanning a whole literal ended.
    enum StringScan {
        case scanned(end: Int, index: Int)
        /// Not closed, even if the missing quote belongs to a literal nested in
        /// an interpolation: the outermost literal is reported, once.
        case unterminated(end: Int)
        case failed(end: Int)
    }

    // stringToken → string | longString
    mutating func scanStringToken(atLineStart: Bool) -> Token {
        let start = position
        if let cached = output.nestedStrings[start] {
            position = cached.end
            return Token(
                kind: .string, atLineStart: atLineStart, start: start, end: position, payload: UInt64(cached.index))
        }
        switch scanString(from: start, level: 0) {
        case .scanned(let end, let index):
            position = end
            return Token(kind: .string, atLineStart: atLineStart, start: start, end: end, payload: UInt64(index))
        case .unterminated(let end):
            reportUnterminated(start, end: end)
            position = end
        case .failed(let end):
            position = end
        }
        return Token(kind: .error, atLineStart: atLineStart, start: start, end: position)
    }

    // string → '"' (char | escape | interpolation)* '"'
    // longString → '"""' lineBreak? (char | escape | interpolation)* '"""'
    /// Scans the literal whose opening quote is at `quote` and stores it.
    func scanString(from quote: Int, level: Int) -> StringScan {
        let isLong = isTripleQuote(at: quote)
        var literal = StringBuilder()
        var pos = isLong ? skipLineBreak(at: quote + 3) : quote + 1
        while pos < limit {
            let byte = bytes[pos]
            if byte == Ascii.quote, !isLong || isTripleQuote(at: pos) {
                return .scanned(end: pos + (isLong ? 3 : 1), index: output.add(literal.finish()))
            }
            if byte == Ascii.newline, !isLong { return .unterminated(end: pos) }
            if byte == Ascii.backslash {
                switch scanEscape(at: pos, isLong: isLong, level: level, into: &literal) {
                case .next(let next):
                    pos = next
                    continue
                case .unterminated(let end): return .unterminated(end: end)
                case .failed(let end): return .failed(end: end)
                }
            }
            // A CRLF line break inside a long string is a newline, as in a file saved with LF.
            if byte == 0x0D, isLong, self.byte(at: pos + 1) == Ascii.newline {
                pos += 1
                continue
            }
            if byte == 0 { reportNul(at: pos) } else { literal.bytes.append(byte) }
            pos += 1
        }
        return .unterminated(end: limit)
    }

    private func isTripleQuote(at offset: Int) -> Bool {
        byte(at: offset) == Ascii.quote && byte(at: offset + 1) == Ascii.quote && byte(at: offset + 2) == Ascii.quote
    }

    /// A line break right after the opening `"""` is not part of the string.
    private func skipLineBreak(at offset: Int) -> Int {
        if byte(at: offset) == Ascii.newline { return offset + 1 }
        if byte(at: offset) == 0x0D, byte(at: offset + 1) == Ascii.newline { return offset + 2 }
        return offset
    }

    private func reportUnterminated(_ quote: Int, end: Int) {
        let isLong = isTripleQuote(at: quote)
        let reachedEnd = end >= limit
        output.errors.add(
            isLong ? "unterminated triple-quoted string" : "unterminated string literal",
            at: SourceRange(start: quote, end: quote + (isLong ? 3 : 1)), atEndOfInput: isLong && reachedEnd)
        if reachedEnd { output.errors.inputSwallowed = true }
    }

    // escape → "\" ("n" | "t" | "r" | '"' | "\" | unicodeEscape | interpolation)
    private func scanEscape(at pos: Int, isLong: Bool, level: Int, into literal: inout StringBuilder) -> ScanStep {
        guard let code = byte(at: pos + 1) else { return .unterminated(limit) }
        switch code {
        case 0x6E: literal.bytes.append(Ascii.newline)  // \n
        case 0x74: literal.bytes.append(0x09)  // \t
        case 0x72: literal.bytes.append(0x0D)  // \r
        case Ascii.quote, Ascii.backslash: literal.bytes.append(code)
        case 0x75: return scanUnicodeEscape(at: pos, into: &literal)  // \u
        case 0x28: return scanInterpolation(at: pos, isLong: isLong, level: level, into: &literal)  // \(
        case Ascii.newline where !isLong: return .unterminated(pos + 1)
        default: return unknownEscape(at: pos, into: &literal)
        }
        return .next(pos + 2)
    }

    private func unknownEscape(at pos: Int, into literal: inout StringBuilder) -> ScanStep {
        let code = bytes[pos + 1]
        let end = min(limit, pos + 1 + Ascii.scalarLength(code))
        let shown = code == Ascii.newline ? "'\\' at the end of a line" : "'\(text(pos, end))'"
        output.errors.add(
            "unknown escape sequence \(shown) (use '\\\\' for a backslash)", at: SourceRange(start: pos, end: end))
        if code != Ascii.newline { literal.bytes.append(contentsOf: bytes[(pos + 1)..<end]) }
        return .next(end)
    }

    // unicodeEscape → "\u{" hexDigit hexDigit? ... (1 to 8) "}"
    private func scanUnicodeEscape(at pos: Int, into literal: inout StringBuilder) -> ScanStep {
        var p = pos + 2
        guard byte(at: p) == 0x7B else {  // {
            output.errors.add(
                "expected '{' after '\\u' in a string; write a scalar as '\\u{1F600}'",
                at: SourceRange(start: pos, end: p))
            return .next(p)
        }
        p += 1
        var value: UInt32 = 0
        var digits = 0
        while let b = byte(at: p), let digit = Ascii.hexValue(b) {
            if digits < 8 { value = value << 4 | UInt32(digit) }
            digits += 1
            p += 1
        }
        guard byte(at: p) == 0x7D else {  // }
            output.errors.add("expected '}' to close '\\u{' in a string", at: SourceRange(start: pos, end: p))
            return .next(p)
        }
        guard (1...8).contains(digits), let scalar = Unicode.Scalar(value) else {
            output.errors.add(
                "invalid unicode scalar '\(text(pos, p + 1))'", at: SourceRange(start: pos, end: p + 1))
            return .next(p + 1)
        }
        Unicode.UTF8.encode(scalar) { literal.bytes.append($0) }
        return .next(p + 1)
    }

    // interpolation → "\(" (balanced tokens) ")"
    private func scanInterpolation(
        at open: Int, isLong: Bool, level: Int, into literal: inout StringBuilder
    ) -> ScanStep {
        var depth = 1
        var pos = open + 2
        while pos < limit {
            let byte = bytes[pos]
            if byte == 0x28 {  // (
                depth += 1
            } else if byte == 0x29 {  // )
                depth -= 1
                if depth == 0 {
                    literal.addInterpolation(open: open, contentStart: open + 2, contentEnd: pos + 1)
                    return .next(pos + 1)
                }
            } else if byte == Ascii.quote {
                switch scanNestedString(at: pos, level: level + 1) {
                case .next(let end):
                    pos = end
                    continue
                case let other: return other
                }
            } else if byte == Ascii.newline, !isLong {
                return .unterminated(pos)
            } else if byte == Ascii.hash {
                pos = endOfLine(from: pos)
                continue
            } else if byte == 0 {
                reportNul(at: pos)
            }
            pos += 1
        }
        return .unterminated(limit)
    }

    /// A literal inside an interpolation, scanned once and remembered for the
    /// lexer that will later read the interpolation's tokens.
    private func scanNestedString(at quote: Int, level: Int) -> ScanStep {
        guard level <= maxNesting else {
            output.errors.add(
                "nesting too deep (more than \(maxNesting) levels)", at: SourceRange(start: quote, end: quote + 1))
            return .failed(endOfLine(from: quote))
        }
        switch scanString(from: quote, level: level) {
        case .scanned(let end, let index):
            output.nestedStrings[quote] = (index, end)
            return .next(end)
        case .unterminated(let end): return .unterminated(end)
        case .failed(let end): return .failed(end)
        }
    }

    private func endOfLine(from offset: Int) -> Int {
        var p = offset
        while p < limit, bytes[p] != Ascii.newline { p += 1 }
        return p
    }
}

/// Collects a literal's parts while it is scanned.
struct StringBuilder {
    var parts: [StringLiteral.Part] = []
    /// Text since the last interpolation, still UTF-8.
    var bytes: [UInt8] = []

    mutating func addInterpolation(open: Int, contentStart: Int, contentEnd: Int) {
        flushText()
        parts.append(.interpolation(open: open, contentStart: contentStart, contentEnd: contentEnd))
    }

    mutating func finish() -> StringLiteral {
        flushText()
        return StringLiteral(parts: parts)
    }

    private mutating func flushText() {
        guard !bytes.isEmpty else { return }
        parts.append(.text(String(decoding: bytes, as: UTF8.self)))
        bytes.removeAll(keepingCapacity: true)
    }
}
