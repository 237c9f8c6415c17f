/// Reads JSON text (RFC 8259) into values: objects become maps (keys in their
/// order), arrays lists, integers without fraction or exponent ints, other
/// numbers floats. A mistake is a `ValueError` that names where it is:
/// `json.parse(): expected ',' or '}' at line 1, column 9`.
struct JSONReader {
    private let bytes: [UInt8]
    private var position = 0
    private var depth = 0
    /// Deeper nesting is refused rather than recursed into (the reader recurses per level).
    static let maxDepth = 1_000

    static func read(_ text: String) throws -> Value {
        var reader = JSONReader(bytes: Array(text.utf8))
        reader.skipWhitespace()
        let value = try reader.readValue()
        reader.skipWhitespace()
        if reader.position < reader.bytes.count { throw reader.error("unexpected \(reader.describeNext()) after the value") }
        return value
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private mutating func readValue() throws -> Value {
        guard position < bytes.count else { throw error("unexpected end of input, expected a value") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try nested { try $0.readObject() }
        case UInt8(ascii: "["): return try nested { try $0.readArray() }
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "t"): return try readWord("true", .bool(true))
        case UInt8(ascii: "f"): return try readWord("false", .bool(false))
        case UInt8(ascii: "n"): return try readWord("null", .nil)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try readNumber()
        default: throw error("unexpected \(describeNext()), expected a value")
        }
    }

    private mutating func nested(_ read: (inout JSONReader) throws -> Value) throws -> Value {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maxDepth { throw error("nested more than \(Self.maxDepth) levels deep") }
        return try read(&self)
    }

    private mutating func readObject() throws -> Value {
        position += 1
        let map = MapObject()
        skipWhitespace()
        if peek(UInt8(ascii: "}")) {
            position += 1
            return .object(map)
        }
        while true {
            skipWhitespace()
            guard peek(UInt8(ascii: "\"")) else { throw error("expected a string key, found \(describeNext())") }
            let key = try readString()
            skipWhitespace()
            guard peek(UInt8(ascii: ":")) else { throw error("expected ':' after the key, found \(describeNext())") }
            position += 1
            skipWhitespace()
            map.entries[.string(key)] = try readValue()
            skipWhitespace()
            if peek(UInt8(ascii: ",")) {
                position += 1
            } else if peek(UInt8(ascii: "}")) {
                position += 1
                return .object(map)
            } else {
                throw error("expected ',' or '}', found \(describeNext())")
            }
        }
    }

    private mutating func readArray() throws -> Value {
        position += 1
        var items = ContiguousArray<Value>()
        skipWhitespace()
        if peek(UInt8(ascii: "]")) {
            position += 1
            return .object(ListObject(items))
        }
        while true {
            skipWhitespace()
            items.append(try readValue())
            skipWhitespace()
            if peek(UInt8(ascii: ",")) {
                position += 1
            } else if peek(UInt8(ascii: "]")) {
                position += 1
                return .object(ListObject(items))
            } else {
                throw error("expected ',' or ']', found \(describeNext())")
            }
        }
    }

    private mutating func readString() throws -> String {
        let start = position
        position += 1
        var text: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return String(decoding: text, as: UTF8.self)
            case UInt8(ascii: "\\"):
                position += 1
                try readEscape(into: &text)
            case 0..<0x20:
                throw error("a control character must be escaped inside a string")
            default:
                text.append(byte)
                position += 1
            }
        }
        position = start
        throw error("unterminated string")
    }

    private mutating func readEscape(into text: inout [UInt8]) throws {
        guard position < bytes.count else { throw error("unterminated string") }
        let escape = bytes[position]
        position += 1
        switch escape {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(escape)
        case UInt8(ascii: "b"): text.append(0x08)
        case UInt8(ascii: "f"): text.append(0x0C)
        case UInt8(ascii: "n"): text.append(0x0A)
        case UInt8(ascii: "r"): text.append(0x0D)
        case UInt8(ascii: "t"): text.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try readHex4()
            if (0xD800..<0xDC00).contains(scalar), bytes[position...].starts(with: "\\u".utf8) {
                position += 2
                let low = try readHex4()
                guard (0xDC00..<0xE000).contains(low) else { throw error("a high surrogate must be followed by a low one") }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            }
            text += Array(String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")).utf8)
        default:
            position -= 1
            throw error("unknown escape '\\\(Character(Unicode.Scalar(escape)))'")
        }
    }

    private mutating func readHex4() throws -> UInt32 {
        guard position + 4 <= bytes.count,
            let value = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16)
        else { throw error("'\\u' needs four hex digits") }
        position += 4
        return value
    }

    private mutating func readNumber() throws -> Value {
        let start = position
        var isInteger = true
        if peek(UInt8(ascii: "-")) { position += 1 }
        guard position < bytes.count, isDigit(bytes[position]) else { throw error("a number needs digits") }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
        } else {
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        }
        if peek(UInt8(ascii: ".")) {
            isInteger = false
            position += 1
            guard position < bytes.count, isDigit(bytes[position]) else { throw error("a fraction needs digits after '.'") }
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        }
        if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
            isInteger = false
            position += 1
            if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { position += 1 }
            guard position < bytes.count, isDigit(bytes[position]) else { throw error("an exponent needs digits") }
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        // An integer too large for 64 bits is read as a float, as JavaScript does.
        if isInteger, let int = Int(text) { return .int(int) }
        return .float(Double(text) ?? .nan)
    }

    private mutating func readWord(_ word: String, _ value: Value) throws -> Value {
        guard bytes[position...].starts(with: word.utf8) else { throw error("unexpected \(describeNext()), expected a value") }
        position += word.utf8.count
        return value
    }

    private mutating func skipWhitespace() {
        while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
    }

    private func peek(_ byte: UInt8) -> Bool { position < bytes.count && bytes[position] == byte }

    private func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private func describeNext() -> String {
        guard position < bytes.count else { return "end of input" }
        let rest = String(decoding: bytes[position..<min(bytes.count, position + 4)], as: UTF8.self)
        return "'\(rest.first.map(String.init) ?? "?")'"
    }

    /// `… at line 2, column 5`: columns count characters, as in error reports.
    private func error(_ message: String) -> ScriptError {
        let before = bytes[..<min(position, bytes.count)]
        let line = before.filter { $0 == 0x0A }.count + 1
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let column = String(decoding: bytes[lineStart..<min(position, bytes.count)], as: UTF8.self).count + 1
        return ScriptError.value("json.parse(): \(message) at line \(line), column \(column)")
    }
}
