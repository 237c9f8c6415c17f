/// Writes values as JSON text: maps as objects (keys as strings: `1`, `true`
/// and `null` for int, bool and nil keys, as Python's `json.dumps` does),
/// lists as arrays, strings with `"`, `\` and control characters escaped and
/// everything else kept as UTF-8. Compact by default with `", "` and `": "`
/// separators (Python's); `indent` spaces per level lay it out on lines.
struct JSONWriter {
    private var text = ""
    private let indent: Int?
    /// The containers being written, to refuse a cycle instead of recursing forever.
    private var open: [ObjectIdentifier] = []

    static func write(_ value: Value, indent: Int? = nil) throws -> String {
        var writer = JSONWriter(indent: indent)
        try writer.write(value, level: 0)
        return writer.text
    }

    private init(indent: Int?) {
        self.indent = indent
    }

    private mutating func write(_ value: Value, level: Int) throws {
        switch value {
        case .nil: text += "null"
        case .bool(let b): text += b ? "true" : "false"
        case .int(let i): text += String(i)
        case .float(let d):
            guard d.isFinite else { throw ScriptError.value("json.dump(): JSON has no \(Printer.formatFloat(d))") }
            text += Printer.formatFloat(d)
        case .object(let object) where object.kind == .string:
            Self.appendQuoted(unsafeDowncast(object, to: StringObject.self).value, to: &text)
        case .object(let object) where object.kind == .list:
            let items = unsafeDowncast(object, to: ListObject.self).items
            try container(object, "[", "]", count: items.count, level: level) { writer, index in
                try writer.write(items[index], level: level + 1)
            }
        case .object(let object) where object.kind == .map:
            let entries = unsafeDowncast(object, to: MapObject.self).entries
            try container(object, "{", "}", count: entries.count, level: level) { writer, index in
                Self.appendQuoted(Self.keyText(entries.keys[index]), to: &writer.text)
                writer.text += ": "
                try writer.write(entries.values[index], level: level + 1)
            }
        default:
            throw ScriptError.type("json.dump() cannot write \(value.typeName) values; it writes nil, bools, numbers, strings, lists and maps")
        }
    }

    private mutating func container(
        _ object: Obj, _ opening: String, _ closing: String, count: Int, level: Int,
        _ element: (inout JSONWriter, Int) throws -> Void
    ) throws {
        let identity = ObjectIdentifier(object)
        guard !open.contains(identity) else { throw ScriptError.value("json.dump(): the value contains itself") }
        guard open.count < JSONReader.maxDepth else {
            throw ScriptError.value("json.dump(): nested more than \(JSONReader.maxDepth) levels deep")
        }
        open.append(identity)
        defer { open.removeLast() }
        text += opening
        for index in 0..<count {
            if index > 0 { text += indent == nil ? ", " : "," }
            newline(level: level + 1)
            try element(&self, index)
        }
        if count > 0 { newline(level: level) }
        text += closing
    }

    private mutating func newline(level: Int) {
        guard let indent else { return }
        text += "\n" + String(repeating: " ", count: indent * level)
    }

    private static func keyText(_ key: MapKey) -> String {
        switch key {
        case .string(let s): return s.text
        case .nil: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let d): return Printer.formatFloat(d)
        }
    }

    static func appendQuoted(_ string: String, to text: inout String) {
        text += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case "\u{08}": text += "\\b"
            case "\u{0C}": text += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    text.unicodeScalars.append(scalar)
                }
            }
        }
        text += "\""
    }
}
