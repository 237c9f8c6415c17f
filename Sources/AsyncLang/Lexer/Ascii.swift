/// Byte classes the lexer tests, as plain comparisons (no `Character` or
/// `Unicode.Scalar` properties), which stay fast in debug builds.
enum Ascii {
    // Computed rather than stored: a `static let` is read through a lazy-initialisation check.
    static var newline: UInt8 { 0x0A }
    static var quote: UInt8 { 0x22 }
    static var backslash: UInt8 { 0x5C }
    static var hash: UInt8 { 0x23 }
    static var underscore: UInt8 { 0x5F }

    static func isBlank(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0D
    }

    static func isDigit(_ b: UInt8) -> Bool {
        b &- 0x30 < 10
    }

    static func isLetter(_ b: UInt8) -> Bool {
        (b | 0x20) &- 0x61 < 26
    }

    static func isIdentifierStart(_ b: UInt8) -> Bool {
        isLetter(b) || b == 0x5F
    }

    static func isIdentifierByte(_ b: UInt8) -> Bool {
        isLetter(b) || isDigit(b) || b == 0x5F
    }

    /// The value of a hexadecimal digit, or nil.
    static func hexValue(_ b: UInt8) -> UInt8? {
        if isDigit(b) { return b - 0x30 }
        let lower = b | 0x20
        if lower >= 0x61 && lower <= 0x66 { return lower - 0x61 + 10 }
        return nil
    }

    /// Bytes in the UTF-8 sequence a leading byte starts (the input is valid UTF-8).
    static func scalarLength(_ b: UInt8) -> Int {
        if b >= 0xF0 { return 4 }
        if b >= 0xE0 { return 3 }
        if b >= 0xC0 { return 2 }
        return 1
    }
}
