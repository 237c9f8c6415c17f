/// One script's text, with the line table diagnostics need to turn byte
/// offsets into `line:column` positions and to quote the offending line.
public final class SourceFile: Sendable {
    /// The name shown in diagnostics and traces (`samples/div.aw`, `<stdin>`, `<repl:3>`).
    public let path: String
    /// The raw bytes as read. They may be invalid UTF-8: `validateEncoding()` reports that.
    public let bytes: [UInt8]
    /// Byte offset of the first byte of each line.
    public let lineStarts: [Int]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == 0x0A {
            starts.append(offset + 1)
        }
        self.lineStarts = starts
    }

    public convenience init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// 1-based line and column of a byte offset; columns count Unicode scalars.
    public func position(of offset: Int) -> SourcePosition {
        let clamped = max(0, min(offset, bytes.count))
        let lineIndex = lineIndex(containing: clamped)
        let start = lineStarts[lineIndex]
        var column = 1
        var i = start
        while i < clamped {
            i += SourceFile.scalarLength(leadingByte: bytes[i])
            column += 1
        }
        return SourcePosition(line: lineIndex + 1, column: column)
    }

    /// The text of a 1-based line without its line terminator.
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }

    /// The identifier that starts at `offset`, if one does (for messages that name a variable).
    public func identifier(at offset: Int) -> String? {
        func isIdentifierByte(_ b: UInt8, first: Bool) -> Bool {
            (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || b == 0x5F || (!first && b >= 0x30 && b <= 0x39)
        }
        guard offset >= 0, offset < bytes.count, isIdentifierByte(bytes[offset], first: true) else { return nil }
        var end = offset
        while end < bytes.count && isIdentifierByte(bytes[end], first: end == offset) { end += 1 }
        return String(decoding: bytes[offset..<end], as: UTF8.self)
    }

    /// Finds the first byte that is not valid UTF-8, or nil when the whole file is valid.
    public func firstInvalidUTF8Offset() -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            let minimum: UInt32
            var scalar: UInt32
            switch b {
            case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(b & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(b & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(b & 0x07)
            default: return i
            }
            guard i + length <= n else { return i }
            for k in 1..<length {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return i }
            i += length
        }
        return nil
    }

    private func lineIndex(containing offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    private static func scalarLength(leadingByte b: UInt8) -> Int {
        switch b {
        case 0xF0...0xFF: return 4
        case 0xE0...0xEF: return 3
        case 0xC0...0xDF: return 2
        default: return 1
        }
    }
}

/// A 1-based line and column.
public struct SourcePosition: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
    public var description: String { "\(line):\(column)" }
}

/// A half-open range of byte offsets into one `SourceFile`.
public struct SourceRange: Hashable, Sendable {
    public var start: Int
    public var end: Int
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
    public static func covering(_ a: SourceRange, _ b: SourceRange) -> SourceRange {
        SourceRange(start: min(a.start, b.start), end: max(a.end, b.end))
    }
}
