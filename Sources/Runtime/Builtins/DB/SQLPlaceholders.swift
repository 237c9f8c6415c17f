/// `$1…$n` in SQL text, found outside string literals, quoted names and
/// comments, so that a `$1` inside `'…'` stays text.
public enum SQLPlaceholders {
    /// Where each placeholder is (its range in the UTF-8 bytes) and its number.
    public static func find(in sql: String) -> [(range: Range<Int>, number: Int)] {
        let bytes = Array(sql.utf8)
        var found: [(Range<Int>, Int)] = []
        var i = 0
        func skip(until closing: UInt8) {
            i += 1
            while i < bytes.count {
                if bytes[i] == closing {
                    // A doubled quote is the quote itself.
                    if i + 1 < bytes.count, bytes[i + 1] == closing { i += 2; continue }
                    i += 1
                    return
                }
                i += 1
            }
        }
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "'"): skip(until: UInt8(ascii: "'"))
            case UInt8(ascii: "\""): skip(until: UInt8(ascii: "\""))
            case UInt8(ascii: "-") where i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "-"):
                while i < bytes.count, bytes[i] != UInt8(ascii: "\n") { i += 1 }
            case UInt8(ascii: "/") where i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "*"):
                i += 2
                while i + 1 < bytes.count, !(bytes[i] == UInt8(ascii: "*") && bytes[i + 1] == UInt8(ascii: "/")) { i += 1 }
                i += 2
            case UInt8(ascii: "$"):
                var end = i + 1
                var number = 0
                while end < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end]), number < 1_000_000 {
                    number = number * 10 + Int(bytes[end] - UInt8(ascii: "0"))
                    end += 1
                }
                if end > i + 1 { found.append((i..<end, number)) }
                i = max(end, i + 1)
            default: i += 1
            }
        }
        return found
    }

    /// The SQL with each `$n` written by `spelling` (`?n` for SQLite).
    public static func rewritten(_ sql: String, _ spelling: (Int) -> String) -> String {
        let bytes = Array(sql.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var last = 0
        for (range, number) in find(in: sql) {
            out += bytes[last..<range.lowerBound]
            out += Array(spelling(number).utf8)
            last = range.upperBound
        }
        out += bytes[last...]
        return String(decoding: out, as: UTF8.self)
    }
}
