/// Number literals: `42`, `1_000_000`, `0x1F`, `0b101`, `0o17`, `3.14`, `1e-3`, `2.5e10`.
extension Lexer {
    // number → digits ("." digits)? (("e" | "E") ("+" | "-")? digits)?
    //        | "0x" hexDigits | "0b" binaryDigits | "0o" octalDigits
    //   digits → digit (digit | "_")*
    mutating func scanNumber(atLineStart: Bool) -> Token {
        // Fast path, in one loop: a decimal integer, the commonest literal by far.
        let start = position
        var end = position
        var value: UInt64 = 0
        var fits = true
        while end < limit {
            let digit = bytes[end] &- 0x30
            if digit < 10 {
                if value > (UInt64(Int64.max) - UInt64(digit)) / 10 { fits = false }
                value = value &* 10 &+ UInt64(digit)
            } else if bytes[end] != Ascii.underscore {
                break
            }
            end += 1
        }
        if end < limit && (bytes[end] == 0x2E || Ascii.isIdentifierByte(bytes[end])) {  // . x e _
            var token = scanOtherNumber(from: start)
            token.atLineStart = atLineStart
            return token
        }
        position = end
        if !fits { reportTooLarge(from: start) }
        return Token(kind: .int, atLineStart: atLineStart, start: start, end: end, payload: fits ? value : 0)
    }

    /// Radix integers, floats, and malformed numbers.
    private mutating func scanOtherNumber(from start: Int) -> Token {
        if bytes[start] == 0x30, let radix = radix(of: peekByte(start + 1)) {  // 0x 0b 0o
            position += 2
            return scanRadixInteger(from: start, radix: radix)
        }
        skipDigits()
        let hasFraction = scanFraction()
        let hasExponent = scanExponent()
        if position < limit && Ascii.isIdentifierByte(bytes[position]) { return malformedNumber(from: start) }
        return hasFraction || hasExponent ? floatToken(from: start) : decimalToken(from: start)
    }

    private func radix(of byte: UInt8) -> UInt64? {
        switch byte | 0x20 {
        case 0x78: return 16  // x
        case 0x62: return 2  // b
        case 0x6F: return 8  // o
        default: return nil
        }
    }

    private mutating func skipDigits() {
        while position < limit && (Ascii.isDigit(bytes[position]) || bytes[position] == Ascii.underscore) {
            position += 1
        }
    }

    /// `.5` after digits; a dot not followed by a digit is a member access (`1.abs()`), left alone.
    private mutating func scanFraction() -> Bool {
        guard peekByte(position) == 0x2E && Ascii.isDigit(peekByte(position + 1)) else { return false }  // .
        position += 1
        skipDigits()
        return true
    }

    private mutating func scanExponent() -> Bool {
        guard peekByte(position) | 0x20 == 0x65 else { return false }  // e E
        var digitAt = position + 1
        let sign = peekByte(digitAt)
        if sign == 0x2B || sign == 0x2D { digitAt += 1 }  // + -
        guard Ascii.isDigit(peekByte(digitAt)) else { return false }
        position = digitAt
        skipDigits()
        return true
    }

    /// `1.abs()`: digits followed by a dot that starts a member access.
    private mutating func decimalToken(from start: Int) -> Token {
        var value: UInt64 = 0
        var fits = true
        for offset in start..<position where bytes[offset] != Ascii.underscore {
            fits = fits && Self.accumulate(&value, digit: UInt64(bytes[offset] &- 0x30), radix: 10)
        }
        return integerToken(value, fits: fits, from: start)
    }

    private mutating func scanRadixInteger(from start: Int, radix: UInt64) -> Token {
        var value: UInt64 = 0
        var fits = true
        var digits = 0
        while position < limit && Ascii.isIdentifierByte(bytes[position]) {
            let byte = bytes[position]
            position += 1
            if byte == Ascii.underscore { continue }
            guard let digit = Ascii.hexValue(byte), UInt64(digit) < radix else { return malformedNumber(from: start) }
            digits += 1
            fits = fits && Self.accumulate(&value, digit: UInt64(digit), radix: radix)
        }
        guard digits > 0 else { return malformedNumber(from: start) }
        return integerToken(value, fits: fits, from: start)
    }

    /// value = value * radix + digit, staying within Int64; false on overflow.
    private static func accumulate(_ value: inout UInt64, digit: UInt64, radix: UInt64) -> Bool {
        let (scaled, overflow) = value.multipliedReportingOverflow(by: radix)
        guard !overflow && scaled <= UInt64(Int64.max) - digit else { return false }
        value = scaled + digit
        return true
    }

    private func reportTooLarge(from start: Int) {
        output.errors.add(
            "integer literal '\(text(start, position))' is too large for a 64-bit integer",
            at: SourceRange(start: start, end: position))
    }

    private mutating func integerToken(_ value: UInt64, fits: Bool, from start: Int) -> Token {
        if !fits { reportTooLarge(from: start) }
        return Token(kind: .int, atLineStart: false, start: start, end: position, payload: fits ? value : 0)
    }

    private mutating func floatToken(from start: Int) -> Token {
        let digits = bytes[start..<position].filter { $0 != Ascii.underscore }
        let value = Double(String(decoding: digits, as: UTF8.self)) ?? 0
        return Token(kind: .float, atLineStart: false, start: start, end: position, payload: value.bitPattern)
    }

    /// `12abc`, `0x1G`, `0b`: the whole run of letters and digits is one bad literal.
    private mutating func malformedNumber(from start: Int) -> Token {
        var end = position
        while end < limit && Ascii.isIdentifierByte(bytes[end]) {
            end += 1
        }
        return errorToken("malformed number '\(text(start, end))'", from: start, to: end)
    }
}
