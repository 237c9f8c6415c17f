/// The start tags of an HTML document with their attributes, found the way
/// HTML's tokenizer finds them (not by a pattern over `href="`): names in any
/// case, attribute values in double, single or no quotes, in any order,
/// character references decoded, and comments, doctypes, end tags and the
/// contents of `<script>`, `<style>`, `<textarea>` and `<title>` skipped.
struct HTMLTokenizer {
    struct StartTag {
        let name: String
        let attributes: [(name: String, value: String)]

        func attribute(_ name: String) -> String? {
            attributes.first { $0.name == name }?.value
        }
    }

    private let scalars: [Unicode.Scalar]
    private var position = 0

    static func startTags(in text: String) -> [StartTag] {
        var tokenizer = HTMLTokenizer(scalars: Array(text.unicodeScalars))
        var tags: [StartTag] = []
        while let tag = tokenizer.nextStartTag() { tags.append(tag) }
        return tags
    }

    private init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    private mutating func nextStartTag() -> StartTag? {
        while let open = find("<") {
            position = open + 1
            if starts(with: "!--") {
                position = (find("-->", from: position + 3) ?? scalars.count - 3) + 3
            } else if starts(with: "!") || starts(with: "?") {
                position = (find(">") ?? scalars.count - 1) + 1
            } else if starts(with: "/") {
                position = (find(">") ?? scalars.count - 1) + 1
            } else if position < scalars.count, isLetter(scalars[position]) {
                let tag = readTag()
                if ["script", "style", "textarea", "title"].contains(tag.name) { skipRawText(until: tag.name) }
                return tag
            }
        }
        return nil
    }

    /// `<name attr=value …>` from just after the `<`.
    private mutating func readTag() -> StartTag {
        let name = readName()
        var attributes: [(name: String, value: String)] = []
        while true {
            skipWhitespaceAndSlashes()
            guard position < scalars.count, scalars[position] != ">" else { break }
            let attribute = readName()
            guard !attribute.isEmpty else {
                position += 1  // a stray character (`"` where a name should be): skipped, as browsers do
                continue
            }
            skipWhitespace()
            var value = ""
            if position < scalars.count, scalars[position] == "=" {
                position += 1
                skipWhitespace()
                value = Self.decodingReferences(readValue())
            }
            if !attributes.contains(where: { $0.name == attribute }) { attributes.append((attribute, value)) }
        }
        position += 1
        return StartTag(name: name, attributes: attributes)
    }

    private mutating func readName() -> String {
        var name = ""
        while position < scalars.count {
            let scalar = scalars[position]
            if scalar == ">" || scalar == "/" || scalar == "=" || isWhitespace(scalar) { break }
            if name.isEmpty && (scalar == "\"" || scalar == "'") { break }
            name.unicodeScalars.append(scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar)
            position += 1
        }
        return name
    }

    private mutating func readValue() -> String {
        guard position < scalars.count else { return "" }
        let quote = scalars[position]
        var value = ""
        if quote == "\"" || quote == "'" {
            position += 1
            while position < scalars.count, scalars[position] != quote {
                value.unicodeScalars.append(scalars[position])
                position += 1
            }
            position += 1
        } else {
            while position < scalars.count, !isWhitespace(scalars[position]), scalars[position] != ">" {
                value.unicodeScalars.append(scalars[position])
                position += 1
            }
        }
        return value
    }

    private mutating func skipRawText(until name: String) {
        while let open = find("<") {
            position = open + 1
            if starts(with: "/") {
                let save = position
                position += 1
                if readName() == name {
                    position = (find(">") ?? scalars.count - 1) + 1
                    return
                }
                position = save
            }
        }
        position = scalars.count
    }

    // MARK: Character references

    /// `&amp;`, `&#39;`, `&#x2F;` and the common named ones decoded; others left as written.
    static func decodingReferences(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var scalars = Substring(text).unicodeScalars[...]
        while let first = scalars.first {
            scalars = scalars.dropFirst()
            guard first == "&" else {
                result.unicodeScalars.append(first)
                continue
            }
            let body = scalars.prefix { $0 != ";" && $0 != "&" && !$0.properties.isWhitespace }.prefix(32)
            if scalars.dropFirst(body.count).first == ";", let decoded = reference(String(String.UnicodeScalarView(body))) {
                result += decoded
                scalars = scalars.dropFirst(body.count + 1)
            } else {
                result += "&"
            }
        }
        return result
    }

    private static let namedReferences = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "copy": "©", "reg": "®",
        "eacute": "é", "hellip": "…", "mdash": "—", "ndash": "–",
    ]

    private static func reference(_ body: String) -> String? {
        if body.hasPrefix("#x") || body.hasPrefix("#X") {
            return UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
        if body.hasPrefix("#") { return UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) } }
        return namedReferences[body]
    }

    // MARK: Scanning

    private func find(_ text: String, from start: Int? = nil) -> Int? {
        let needle = Array(text.unicodeScalars)
        var index = start ?? position
        while index + needle.count <= scalars.count {
            if scalars[index] == needle[0] && Array(scalars[index..<index + needle.count]) == needle { return index }
            index += 1
        }
        return nil
    }

    private func starts(with text: String) -> Bool {
        let needle = Array(text.unicodeScalars)
        return position + needle.count <= scalars.count && Array(scalars[position..<position + needle.count]) == needle
    }

    private mutating func skipWhitespace() {
        while position < scalars.count, isWhitespace(scalars[position]) { position += 1 }
    }

    private mutating func skipWhitespaceAndSlashes() {
        while position < scalars.count, isWhitespace(scalars[position]) || scalars[position] == "/" { position += 1 }
    }

    private func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}"
    }

    private func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic && scalar.isASCII
    }
}
