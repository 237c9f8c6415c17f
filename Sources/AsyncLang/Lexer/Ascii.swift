/// Byte classes the lexer tests. They are `@_transparent` so that debug
/// builds inline them: the lexer calls them for every byte, and a 5 MB
/// script must lex in well under a second even unoptimised.
enum Ascii {
    @_transparent static var newline: UInt8 { 0x0A }
    @_transparent static var quote: UInt8 { 0x22 }
    @_transparent static var backslash: UInt8 { 0x5C }
    @_transparent static var hash: UInt8 { 0x23 }
    @_transparent static var underscore: UInt8 { 0x5F }

    @_transparent
    static func isBlank(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0D
    }

    @_transparent
    static func isDigit(_ b: UInt8) -> Bool {
        b &- 0x30 < 10
    }

    @_transparent
    static func isLetter(_ b: UInt8) -> Bool {
        (b | 0x20) &- 0x61 < 26
    }

    @_transparent
    static func isIdentifierStart(_ b: UInt8) -> Bool {
        isLetter(b) || b == 0x5F
    }

    @_transparent
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
