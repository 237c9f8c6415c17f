import Glibc

/// `abs`, `round`.
enum NumberBuiltins {
    static var all: [NativeFunction] {
        [
            NativeFunction("abs", arity: 1, doc: "abs(x) — the absolute value of a number") { args in
                switch args[0] {
                case .int(let i):
                    if i == Int.min { throw ScriptError.overflow("integer overflow in abs(\(i))") }
                    return .int(Swift.abs(i))
                case .float(let d): return .float(Swift.abs(d))
                default: throw args.mismatch(0, "a number")
                }
            },
            NativeFunction("round", arity: 1...2, doc: "round(x, digits = 0) — x rounded half to even, to that many decimal digits") { args in
                let digits: Int? = args.count == 2 && !args[1].isNil ? try args.int(1, "a number of digits") : nil
                switch args[0] {
                case .int(let i):
                    return .int(try digits.map { try roundInteger(i, digits: $0) } ?? i)
                case .float(let d):
                    guard let digits else {
                        guard d.isFinite else { throw ScriptError.value("cannot round \(Printer.formatFloat(d)) to an int") }
                        guard let i = Int(exactly: d.rounded(.toNearestOrEven)) else {
                            throw ScriptError.overflow("\(Printer.formatFloat(d)) is too large for a 64-bit integer")
                        }
                        return .int(i)
                    }
                    return .float(roundFloat(d, digits: digits))
                default:
                    throw args.mismatch(0, "a number")
                }
            },
        ]
    }

    /// Rounds to `digits` decimal places as Python does: correctly rounded from
    /// the double's exact value (so `round(2.675, 2)` is 2.67, because 2.675 is
    /// really 2.67499999…), through the C library's exact decimal formatting.
    static func roundFloat(_ d: Double, digits: Int) -> Double {
        guard d.isFinite, d != 0 else { return d }
        if digits > 323 { return d }  // below the smallest double: nothing to round
        if digits < -308 { return d.sign == .minus ? -0.0 : 0.0 }  // above the largest: everything rounds to 0
        if digits >= 0 {
            return Double(formatFixed(d, digits: digits)) ?? d
        }
        let scale = pow(10.0, Double(-digits))
        let rounded = (d / scale).rounded(.toNearestOrEven) * scale
        return rounded.isFinite ? rounded : d
    }

    private static func formatFixed(_ d: Double, digits: Int) -> String {
        var buffer = [CChar](repeating: 0, count: 400)
        let written = withVaList([digits, d]) { arguments in
            vsnprintf(&buffer, buffer.count, "%.*f", arguments)
        }
        guard written > 0 && written < buffer.count else { return String(d) }
        return String(cString: buffer)
    }

    /// Rounds half to even to a multiple of 10^-digits (digits < 0).
    static func roundInteger(_ i: Int, digits: Int) throws -> Int {
        guard digits < 0 else { return i }
        if digits <= -19 { return 0 }  // 10^19 exceeds every 64-bit integer
        var unit = 1
        for _ in 0..<(-digits) { unit *= 10 }
        let remainder = ((i % unit) + unit) % unit
        let down = i - remainder
        var result = down
        if remainder * 2 > unit || (remainder * 2 == unit && (down / unit) % 2 != 0) {
            let (up, overflow) = down.addingReportingOverflow(unit)
            if overflow { throw ScriptError.overflow("round(\(i), \(digits)) does not fit in a 64-bit integer") }
            result = up
        }
        return result
    }
}
