/// How values look: `display` is what `print` and `str` show (a string as
/// itself), `repr` is how a value looks inside a list or map (a string quoted).
enum Printer {
    static func display(_ value: Value) -> String {
        var text = ""
        appendDisplay(value, to: &text)
        return text
    }

    static func repr(_ value: Value) -> String {
        var text = ""
        var visiting: Set<ObjectIdentifier> = []
        append(value, quoted: true, to: &text, visiting: &visiting)
        return text
    }

    static func appendDisplay(_ value: Value, to text: inout String) {
        if case .object(let o) = value, o.kind == .string {
            text += unsafeDowncast(o, to: StringObject.self).value
            return
        }
        var visiting: Set<ObjectIdentifier> = []
        append(value, quoted: false, to: &text, visiting: &visiting)
    }

    /// Containers nested deeper than this print as `[...]` / `{...}`, as cycles do,
    /// so printing never recurses without bound.
    static let maxDepth = 2_000

    private static func append(_ value: Value, quoted: Bool, to text: inout String, visiting: inout Set<ObjectIdentifier>) {
        switch value {
        case .nil, .undefined: text += "nil"
        case .bool(let b): text += b ? "true" : "false"
        case .int(let i): text += String(i)
        case .float(let d): text += formatFloat(d)
        case .function(let f): text += functionText(f.takeUnretainedValue().name)
        case .native(let f): text += "<fn \(f.takeUnretainedValue().name)>"
        case .object(let o): appendObject(o, quoted: quoted, to: &text, visiting: &visiting)
        }
    }

    private static func appendObject(_ o: Obj, quoted: Bool, to text: inout String, visiting: inout Set<ObjectIdentifier>) {
        switch o.kind {
        case .string:
            let string = unsafeDowncast(o, to: StringObject.self).value
            if quoted { appendQuoted(string, to: &text) } else { text += string }
        case .list:
            guard visiting.count < maxDepth, visiting.insert(ObjectIdentifier(o)).inserted else { text += "[...]"; return }
            defer { visiting.remove(ObjectIdentifier(o)) }
            text += "["
            for (i, item) in unsafeDowncast(o, to: ListObject.self).items.enumerated() {
                if i > 0 { text += ", " }
                append(item, quoted: true, to: &text, visiting: &visiting)
            }
            text += "]"
        case .map:
            guard visiting.count < maxDepth, visiting.insert(ObjectIdentifier(o)).inserted else { text += "{...}"; return }
            defer { visiting.remove(ObjectIdentifier(o)) }
            text += "{"
            for (i, (key, item)) in unsafeDowncast(o, to: MapObject.self).entries.enumerated() {
                if i > 0 { text += ", " }
                append(key.value, quoted: true, to: &text, visiting: &visiting)
                text += ": "
                append(item, quoted: true, to: &text, visiting: &visiting)
            }
            text += "}"
        case .closure: text += functionText(unsafeDowncast(o, to: Closure.self).proto.takeUnretainedValue().name)
        case .boundMethod: text += "<fn \(unsafeDowncast(o, to: BoundMethod.self).method.takeUnretainedValue().name)>"
        case .error: text += ErrorObject.nativeType.display(o)
        case .range:
            let range = unsafeDowncast(o, to: RangeObject.self)
            text += range.step == 1 ? "range(\(range.start), \(range.stop))" : "range(\(range.start), \(range.stop), \(range.step))"
        case .generator: text += "<generator \(unsafeDowncast(o, to: GeneratorObject.self).name)>"
        case .coroutine: text += "<coroutine \(unsafeDowncast(o, to: CoroutineObject.self).name)>"
        case .native: text += unsafeDowncast(o, to: NativeObject.self).type.display(o)
        case .task: text += TaskObject.nativeType.display(o)
        case .awaitable: text += "<awaitable \(unsafeDowncast(o, to: AwaitableObject.self).name)>"
        case .box, .iterator, .functionProto, .nativeFunction: text += "<\(o.typeName)>"
        }
    }

    /// `<fn name>`, or `<fn>` for an anonymous function.
    private static func functionText(_ name: String) -> String {
        name == "<fn>" ? "<fn>" : "<fn \(name)>"
    }

    static func appendQuoted(_ string: String, to text: inout String) {
        text += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\t": text += "\\t"
            case "\r": text += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    text += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                } else {
                    text.unicodeScalars.append(scalar)
                }
            }
        }
        text += "\""
    }

    /// The shortest text that reads back as the same double, laid out as Python
    /// does: `2.0`, `0.1`, `1e-05`, `1e+16`, `inf`, `nan`.
    static func formatFloat(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        if d == 0 { return d.sign == .minus ? "-0.0" : "0.0" }
        let (negative, digits, exponent) = shortestDigits(d)
        var text = negative ? "-" : ""
        if exponent >= -4 && exponent < 16 {
            if exponent < 0 {
                text += "0." + String(repeating: "0", count: -exponent - 1) + digits
            } else if digits.count > exponent + 1 {
                let split = digits.index(digits.startIndex, offsetBy: exponent + 1)
                text += digits[..<split] + "." + digits[split...]
            } else {
                text += digits + String(repeating: "0", count: exponent + 1 - digits.count) + ".0"
            }
        } else {
            text += String(digits.first!)
            if digits.count > 1 { text += "." + digits.dropFirst() }
            text += exponent < 0 ? "e-" : "e+"
            let magnitude = String(abs(exponent))
            text += magnitude.count < 2 ? "0" + magnitude : magnitude
        }
        return text
    }

    /// The significant digits of Swift's shortest round-trip form and the
    /// decimal exponent of the first one (1.5e3 → "15", 3).
    private static func shortestDigits(_ d: Double) -> (Bool, String, Int) {
        var text = Swift.abs(d).description
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...]) ?? 0
            text = String(text[..<e])
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(parts[0])
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        var digits = whole + fraction
        var pointExponent = whole.count - 1 + exponent
        while digits.first == "0" && digits.count > 1 {
            digits.removeFirst()
            pointExponent -= 1
        }
        while digits.last == "0" && digits.count > 1 { digits.removeLast() }
        return (d < 0, digits, pointExponent)
    }
}
