/// String interpolation (`"user\(i)@\(host)"`): the display texts of its
/// parts, joined. Parts that are strings and ints, the common case, are
/// copied into one small buffer and made a string once, instead of growing a
/// string part by part (and making a string of each int first).
extension Printer {
    static func joinedDisplay(_ parts: UnsafeMutablePointer<Value>, count: Int) -> String {
        if let text = joinedInBuffer(parts, count: count) { return text }
        var text = ""
        for index in 0..<count { appendDisplay(parts[index], to: &text) }
        return text
    }

    private static let bufferSize = 256

    /// The joined text, or nil when a part is neither a string nor an int, or it all is longer than the buffer.
    private static func joinedInBuffer(_ parts: UnsafeMutablePointer<Value>, count: Int) -> String? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bufferSize) { buffer -> String? in
            var used = 0
            for index in 0..<count {
                switch parts[index] {
                case .int(let number):
                    guard let written = writeDecimal(number, into: buffer, at: used) else { return nil }
                    used = written
                case .object(let object) where object.kind == .string:
                    var string = unsafeDowncast(object, to: StringObject.self).value
                    let copied = string.withUTF8 { utf8 -> Bool in
                        guard used + utf8.count <= bufferSize else { return false }
                        if let base = utf8.baseAddress { (buffer.baseAddress! + used).update(from: base, count: utf8.count) }
                        used += utf8.count
                        return true
                    }
                    guard copied else { return nil }
                default:
                    return nil
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<used]), as: UTF8.self)
        }
    }

    /// Writes `number` in decimal at `offset`; the offset after it, or nil when it does not fit.
    private static func writeDecimal(_ number: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Int? {
        var magnitude = number.magnitude
        var digits = 1
        var rest = magnitude / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        let length = digits + (number < 0 ? 1 : 0)
        guard offset + length <= buffer.count else { return nil }
        if number < 0 { buffer[offset] = UInt8(ascii: "-") }
        var position = offset + length
        repeat {
            position -= 1
            buffer[position] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
        return offset + length
    }
}
