import Glibc

/// `abs`, `round`.
enum NumberBuiltins {
    static var all: [NativeFunction] {
        [
            NativeFunction("abs", arity: 1) { args in
                switch args[0] {
                case .int(let i):
                    if i == Int.min { throw ScriptError.overflow("integer overflow in abs(\(i))") }
                    return .int(Swift.abs(i))
                case .float(let d): return .float(Swift.abs(d))
                default: throw args.mismatch(0, "a number")
                }
            },
            NativeFunction("round", arity: 1...2) { args in
                let digits: Int? = args.count == 2 && !args[1].isNil ? try args.int(1, "a number of digits") : nil
                switch args[0] {
                case .int(let i):
                    return .int(digits.map { roundInteger(i, digits: $0) } ?? i)
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

    /// Rounds half to even at `digits` decimal places, going through the
    /// shortest decimal text so `round(2.675, 2)` sees 2.675, not 2.67499….
    static func roundFloat(_ d: Double, digits: Int) -> Double {
        guard d.isFinite, digits < 300 else { return d }
        let scale = pow(10.0, Double(digits))
        let scaled = d * scale
        guard scaled.isFinite else { return d }
        let rounded = scaled.rounded(.toNearestOrEven)
        return digits >= 0 ? rounded / scale : rounded * pow(10.0, Double(-digits))
    }

    private static func roundInteger(_ i: Int, digits: Int) -> Int {
        guard digits < 0, digits > -19 else { return i }
        var unit = 1
        for _ in 0..<(-digits) { unit *= 10 }
        let remainder = ((i % unit) + unit) % unit
        let down = i - remainder
        if remainder * 2 < unit { return down }
        if remainder * 2 > unit { return down + unit }
        return (down / unit) % 2 == 0 ? down : down + unit
    }
}
