import Glibc

/// Methods of strings: `upper lower strip split join replace starts_with ends_with contains`.
enum StringMethods {
    static var all: [NativeFunction] {
        [
            method("upper", 0, doc: "s.upper() — the string in upper case") { s, _ in .string(s.uppercased()) },
            method("lower", 0, doc: "s.lower() — the string in lower case") { s, _ in .string(s.lowercased()) },
            method("strip", 0, doc: "s.strip() — without whitespace at either end") { s, _ in .string(s.trimmingWhitespace()) },
            Runtime.method(
                "split", 0...1, on: StringObject.self,
                doc: "s.split(separator) — the pieces between separators (on whitespace when none is given)"
            ) { s, args in
                if args.count == 0 || args[0].isNil { return .object(ListObject(StringSplitting.words(of: s))) }
                let separator = try args.string(0, "a separator string")
                if separator.isEmpty { throw ScriptError.value("split() separator must not be empty") }
                return .object(ListObject(StringSplitting.pieces(of: s, separatedBy: separator)))
            },
            method("join", 1, doc: "sep.join(list) — the list's strings with sep between them") { s, args in
                let items = try args.listItems(0) ?? ContiguousArray(args.elements(0))
                var result = ""
                var length = 0
                for (index, item) in items.enumerated() {
                    guard case .object(let o) = item, o.kind == .string else {
                        throw ScriptError.type("join() expects a list of strings, found \(item.typeName) at index \(index)")
                    }
                    length += unsafeDowncast(o, to: StringObject.self).value.utf8.count + s.utf8.count
                }
                result.reserveCapacity(length)
                for (index, item) in items.enumerated() {
                    if index > 0 { result += s }
                    guard case .object(let o) = item else { continue }
                    result += unsafeDowncast(o, to: StringObject.self).value
                }
                return .string(result)
            },
            method("replace", 2, doc: "s.replace(old, new) — every occurrence of old replaced by new") { s, args in
                let old = try args.string(0)
                if old.isEmpty { throw ScriptError.value("replace() needs a non-empty string to replace") }
                return .string(s.components(separatedBy: old).joined(separator: try args.string(1)))
            },
            method("starts_with", 1, doc: "s.starts_with(prefix) — whether it begins with prefix") { s, args in .bool(s.hasPrefix(try args.string(0))) },
            method("ends_with", 1, doc: "s.ends_with(suffix) — whether it ends with suffix") { s, args in .bool(s.hasSuffix(try args.string(0))) },
            method("contains", 1, doc: "s.contains(part) — whether part occurs in it") { s, args in
                let needle = try args.string(0)
                return .bool(needle.isEmpty || s.contains(needle))
            },
        ]
    }

    private static func method(
        _ name: String, _ arity: Int, doc: String, _ body: @escaping (String, Arguments) throws -> Value
    ) -> NativeFunction {
        method(name, arity...arity, doc: doc, body)
    }

    private static func method(
        _ name: String, _ arity: ClosedRange<Int>, doc: String, _ body: @escaping (String, Arguments) throws -> Value
    ) -> NativeFunction {
        Runtime.method(name, arity, on: StringObject.self, doc: doc) { string, args in try body(string.value, args) }
    }
}

extension String {
    /// Splits on every occurrence of `separator` (not empty), keeping empty
    /// pieces; matches UTF-8 bytes, which for valid strings matches characters.
    func components(separatedBy separator: String) -> [String] {
        var text = self
        var needle = separator
        return text.withUTF8 { text in
            needle.withUTF8 { needle in
                var pieces: [String] = []
                var start = 0
                var i = 0
                let first = needle[0]
                let last = text.count - needle.count
                while i <= last {
                    if text[i] == first && (needle.count == 1 || memcmp(text.baseAddress! + i, needle.baseAddress!, needle.count) == 0) {
                        pieces.append(String(decoding: UnsafeBufferPointer(rebasing: text[start..<i]), as: UTF8.self))
                        i += needle.count
                        start = i
                    } else {
                        i += 1
                    }
                }
                pieces.append(String(decoding: UnsafeBufferPointer(rebasing: text[start...]), as: UTF8.self))
                return pieces
            }
        }
    }
}
