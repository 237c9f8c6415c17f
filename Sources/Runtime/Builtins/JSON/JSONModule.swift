/// `json.parse(text)` and `json.dump(value, indent: n)`.
extension Module {
    public static let json = Module(
        "json", namespace: true, doc: "JSON text to values and back",
        functions: [
            NativeFunction(
                "json.parse", arity: 1,
                doc: "json.parse(text) — the value JSON text describes: objects as maps (in order), arrays as lists; a ValueError names where the text is wrong"
            ) { args in try JSONReader.read(try args.string(0, "JSON text")) },
            NativeFunction(
                "json.dump", arity: 1, labels: ["indent"],
                doc: "json.dump(value, indent: nil) — the value as JSON text, on one line or laid out with that many spaces per level"
            ) { args in
                let indent = try args.int(label: "indent")
                if let indent, indent < 0 { throw ScriptError.value("json.dump() needs an indent that is not negative, got \(indent)") }
                return .string(try JSONWriter.write(args[0], indent: indent))
            },
        ])
}
