import Glibc

/// `s.split(sep)` and `s.split()`, straight into a list's storage: one pass
/// counts the pieces, a second makes them, so no temporary array of Swift
/// strings is built and copied and the list never regrows. Pieces of an
/// ASCII string are known to be ASCII, so `len` and indexing on them never
/// scan their text.
enum StringSplitting {
    /// The pieces between occurrences of `separator` (not empty), empty ones kept.
    static func pieces(of string: StringObject, separatedBy separator: String) -> ContiguousArray<Value> {
        var needle = separator
        return needle.withUTF8 { needle in
            string.withUTF8 { text in
                let ascii = string.isKnownASCII
                var pieces = ContiguousArray<Value>()
                pieces.reserveCapacity(occurrences(of: needle, in: text) + 1)
                var start = 0
                forEachOccurrence(of: needle, in: text) { at in
                    pieces.append(piece(text, start..<at, ascii: ascii))
                    start = at + needle.count
                }
                pieces.append(piece(text, start..<text.count, ascii: ascii))
                return pieces
            }
        }
    }

    /// The runs of non-whitespace characters (Unicode's White_Space, as Python's `split()`).
    static func words(of string: StringObject) -> ContiguousArray<Value> {
        guard string.isKnownASCII else {
            return ContiguousArray(string.value.split(whereSeparator: \.isWhitespace).map { .string(String($0)) })
        }
        return string.withUTF8 { text in
            var words = ContiguousArray<Value>()
            var start: Int?
            for index in 0...text.count {
                let isSpace = index == text.count || isASCIIWhitespace(text[index])
                if isSpace, let wordStart = start {
                    words.append(piece(text, wordStart..<index, ascii: true))
                    start = nil
                } else if !isSpace && start == nil {
                    start = index
                }
            }
            return words
        }
    }

    /// Tab, line feed, vertical tab, form feed, carriage return and space: the
    /// ASCII characters with Unicode's White_Space property.
    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    private static func piece(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, ascii: Bool) -> Value {
        let bytes = UnsafeBufferPointer(rebasing: text[range])
        return .object(StringObject(String(decoding: bytes, as: UTF8.self), knownASCII: ascii))
    }

    private static func occurrences(of needle: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        forEachOccurrence(of: needle, in: text) { _ in count += 1 }
        return count
    }

    /// Calls `body` with the offset of each non-overlapping occurrence, left to right.
    private static func forEachOccurrence(
        of needle: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Void
    ) {
        guard let base = text.baseAddress, text.count >= needle.count else { return }
        let first = Int32(needle[0])
        let last = text.count - needle.count
        var index = 0
        while index <= last {
            // memchr finds the first byte of the needle at memory speed.
            guard let found = memchr(base + index, first, last - index + 1) else { return }
            let at = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
            if needle.count == 1 || memcmp(base + at, needle.baseAddress!, needle.count) == 0 {
                body(at)
                index = at + needle.count
            } else {
                index = at + 1
            }
        }
    }
}
