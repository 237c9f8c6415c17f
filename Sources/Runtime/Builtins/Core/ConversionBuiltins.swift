/// `str`, `int`, `float`, `bool`, `list`, `type`.
enum ConversionBuiltins {
    static var all: [NativeFunction] {
        [
            NativeFunction("str", arity: 0...1, doc: "str(x) — x as text, as print shows it") { args in
                guard args.count == 1 else { return .string("") }
                switch args[0] {
                case .int(let value): return .object(args.vm.names.text(ofSmallInt: value) ?? StringObject(String(value)))
                case .object(let object) where object.kind == .string: return args[0]
                default: return .string(Printer.display(args[0]))
                }
            },
            NativeFunction("int", arity: 1, doc: "int(x) — x as an integer: a float truncated, a string parsed, a bool as 0 or 1") { args in try toInt(args[0]) },
            NativeFunction("float", arity: 1, doc: "float(x) — x as a float (a string is parsed)") { args in try toFloat(args[0]) },
            NativeFunction("bool", arity: 1, doc: "bool(x) — whether x is truthy (nil, false, 0, 0.0, \"\", [] and {} are not)") { args in .bool(args[0].isTruthy) },
            NativeFunction("list", arity: 0...1, doc: "list(iterable) — its items in a new list (a range, a string, a map's keys, a generator)") { args in
                args.count == 0 ? .list([]) : .list(try args.elements(0))
            },
            NativeFunction("type", arity: 1, doc: "type(x) — the name of its type: \"int\", \"list\", \"task\", \"Semaphore\"…") { args in .string(args[0].typeName) },
        ]
    }

    static func toInt(_ value: Value) throws -> Value {
        switch value {
        case .int: return value
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d):
            guard d.isFinite else { throw ScriptError.value("cannot convert \(Printer.formatFloat(d)) to int") }
            guard let i = Int(exactly: d.rounded(.towardZero)) else {
                throw ScriptError.overflow("\(Printer.formatFloat(d)) is too large for a 64-bit integer")
            }
            return .int(i)
        case .object(let o) where o.kind == .string:
            let text = unsafeDowncast(o, to: StringObject.self).value
            let trimmed = text.trimmingWhitespace().replacingUnderscores()
            if let i = Int(trimmed) { return .int(i) }
            if !trimmed.isEmpty, trimmed.allSatisfy({ $0.isNumber || $0 == "-" || $0 == "+" }),
                trimmed.dropFirst().allSatisfy(\.isNumber)
            {
                throw ScriptError.overflow("'\(text)' is too large for a 64-bit integer")
            }
            throw ScriptError.value("invalid literal for int(): \(Printer.repr(value))")
        default:
            throw ScriptError.type("int() expects a number, bool or string, got \(value.typeName)")
        }
    }

    static func toFloat(_ value: Value) throws -> Value {
        switch value {
        case .float: return value
        case .int(let i): return .float(Double(i))
        case .bool(let b): return .float(b ? 1 : 0)
        case .object(let o) where o.kind == .string:
            let text = unsafeDowncast(o, to: StringObject.self).value.trimmingWhitespace()
            switch text.lowercased() {
            case "inf", "+inf", "infinity": return .float(.infinity)
            case "-inf", "-infinity": return .float(-.infinity)
            case "nan": return .float(.nan)
            default: break
            }
            if let d = Double(text.replacingUnderscores()), !text.isEmpty { return .float(d) }
            throw ScriptError.value("invalid literal for float(): \(Printer.repr(value))")
        default:
            throw ScriptError.type("float() expects a number, bool or string, got \(value.typeName)")
        }
    }
}

extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }

    fileprivate func replacingUnderscores() -> String {
        contains("_") ? String(filter { $0 != "_" }) : self
    }
}
