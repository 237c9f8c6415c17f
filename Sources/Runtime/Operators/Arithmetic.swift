import Glibc

/// `+ - * / // % **` and unary `-` on every type that has them. Integers never
/// wrap: an overflow is an `OverflowError`.
enum Arithmetic {
    static func add(_ l: Value, _ r: Value) throws -> Value {
        switch (l, r) {
        case (.int(let a), .int(let b)):
            let (sum, overflow) = a.addingReportingOverflow(b)
            if overflow { throw ScriptError.overflow("integer overflow in \(a) + \(b)") }
            return .int(sum)
        case (.object(let a), .object(let b)) where a.kind == b.kind:
            if a.kind == .string {
                return .string(unsafeDowncast(a, to: StringObject.self).value + unsafeDowncast(b, to: StringObject.self).value)
            }
            if a.kind == .list {
                return .object(ListObject(unsafeDowncast(a, to: ListObject.self).items + unsafeDowncast(b, to: ListObject.self).items))
            }
        default:
            if let (a, b) = floats(l, r) { return .float(a + b) }
        }
        var message = "cannot add \(l.typeName) and \(r.typeName)"
        if l.typeName == "string" || r.typeName == "string" {
            message += "; use interpolation \"\\(x)\" or str(x) to build a string"
        }
        throw ScriptError.type(message)
    }

    static func subtract(_ l: Value, _ r: Value) throws -> Value {
        if case .int(let a) = l, case .int(let b) = r {
            let (difference, overflow) = a.subtractingReportingOverflow(b)
            if overflow { throw ScriptError.overflow("integer overflow in \(a) - \(b)") }
            return .int(difference)
        }
        if let (a, b) = floats(l, r) { return .float(a - b) }
        throw unsupported("-", l, r)
    }

    static func multiply(_ l: Value, _ r: Value) throws -> Value {
        switch (l, r) {
        case (.int(let a), .int(let b)):
            let (product, overflow) = a.multipliedReportingOverflow(by: b)
            if overflow { throw ScriptError.overflow("integer overflow in \(a) * \(b)") }
            return .int(product)
        case (.object(let o), .int(let n)), (.int(let n), .object(let o)):
            if o.kind == .string {
                return .string(String(repeating: unsafeDowncast(o, to: StringObject.self).value, count: try repeatCount(n)))
            }
            if o.kind == .list {
                let items = unsafeDowncast(o, to: ListObject.self).items
                var result = ContiguousArray<Value>()
                for _ in 0..<(try repeatCount(n)) { result += items }
                return .object(ListObject(result))
            }
        default:
            if let (a, b) = floats(l, r) { return .float(a * b) }
        }
        throw unsupported("*", l, r)
    }

    static func divide(_ l: Value, _ r: Value) throws -> Value {
        guard let (a, b) = numbers(l, r) else { throw unsupported("/", l, r) }
        if b == 0 { throw ScriptError.zeroDivision() }
        return .float(a / b)
    }

    static func floorDivide(_ l: Value, _ r: Value) throws -> Value {
        if case .int(let a) = l, case .int(let b) = r {
            if b == 0 { throw ScriptError.zeroDivision("integer division by zero") }
            if a == Int.min && b == -1 { throw ScriptError.overflow("integer overflow in \(a) // \(b)") }
            var quotient = a / b
            if a % b != 0 && (a < 0) != (b < 0) { quotient -= 1 }
            return .int(quotient)
        }
        guard let (a, b) = numbers(l, r) else { throw unsupported("//", l, r) }
        if b == 0 { throw ScriptError.zeroDivision("float floor division by zero") }
        return .float((a / b).rounded(.down))
    }

    static func modulo(_ l: Value, _ r: Value) throws -> Value {
        if case .int(let a) = l, case .int(let b) = r {
            if b == 0 { throw ScriptError.zeroDivision("integer modulo by zero") }
            if b == -1 { return .int(0) }
            var remainder = a % b
            if remainder != 0 && (remainder < 0) != (b < 0) { remainder += b }
            return .int(remainder)
        }
        guard let (a, b) = numbers(l, r) else { throw unsupported("%", l, r) }
        if b == 0 { throw ScriptError.zeroDivision("float modulo by zero") }
        var remainder = fmod(a, b)
        if remainder != 0 && (remainder < 0) != (b < 0) { remainder += b }
        return .float(remainder)
    }

    static func power(_ l: Value, _ r: Value) throws -> Value {
        if case .int(let base) = l, case .int(let exponent) = r {
            if exponent >= 0 { return .int(try integerPower(base, exponent)) }
            if base == 0 { throw ScriptError.zeroDivision("0 cannot be raised to a negative power") }
            return .float(pow(Double(base), Double(exponent)))
        }
        guard let (a, b) = numbers(l, r) else { throw unsupported("**", l, r) }
        if a == 0 && b < 0 { throw ScriptError.zeroDivision("0.0 cannot be raised to a negative power") }
        return .float(pow(a, b))
    }

    static func negate(_ value: Value) throws -> Value {
        switch value {
        case .int(let i):
            if i == Int.min { throw ScriptError.overflow("integer overflow in -(\(i))") }
            return .int(-i)
        case .float(let d): return .float(-d)
        default: throw ScriptError.type("cannot negate \(value.typeName)")
        }
    }

    private static func integerPower(_ base: Int, _ exponent: Int) throws -> Int {
        var result = 1
        var factor = base
        var remaining = exponent
        while remaining > 0 {
            if remaining & 1 == 1 {
                let (product, overflow) = result.multipliedReportingOverflow(by: factor)
                if overflow { throw ScriptError.overflow("integer overflow in \(base) ** \(exponent)") }
                result = product
            }
            remaining >>= 1
            if remaining > 0 {
                let (square, overflow) = factor.multipliedReportingOverflow(by: factor)
                if overflow { throw ScriptError.overflow("integer overflow in \(base) ** \(exponent)") }
                factor = square
            }
        }
        return result
    }

    private static func repeatCount(_ n: Int) throws -> Int {
        if n > 100_000_000 { throw ScriptError(ErrorKind.limitError, "repetition count \(n) is too large") }
        return max(0, n)
    }

    /// Both operands as doubles when both are numbers and at least one is a float.
    @inline(__always) static func floats(_ l: Value, _ r: Value) -> (Double, Double)? {
        switch (l, r) {
        case (.float(let a), .float(let b)): return (a, b)
        case (.int(let a), .float(let b)): return (Double(a), b)
        case (.float(let a), .int(let b)): return (a, Double(b))
        default: return nil
        }
    }

    /// Both operands as doubles when both are numbers.
    static func numbers(_ l: Value, _ r: Value) -> (Double, Double)? {
        if case .int(let a) = l, case .int(let b) = r { return (Double(a), Double(b)) }
        return floats(l, r)
    }

    static func unsupported(_ op: String, _ l: Value, _ r: Value) -> ScriptError {
        ScriptError.type("'\(op)' is not supported between \(l.typeName) and \(r.typeName)")
    }
}
