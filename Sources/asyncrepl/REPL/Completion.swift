import AsyncLang
import Runtime

/// What Tab offers: keywords, builtins and globals for a plain word; the
/// members of the value before the dot (`config.`, `t.`, a map's keys);
/// command names after `:` at the start of the line.
struct Completion {
    let interpreter: Interpreter

    /// Candidates for the word that ends `textBeforeCursor`, and its typed length.
    func candidates(_ textBeforeCursor: String) -> (candidates: [String], typedLength: Int) {
        if textBeforeCursor.hasPrefix(":") && !textBeforeCursor.contains(" ") {
            let typed = String(textBeforeCursor.dropFirst())
            return (REPLCommand.names.filter { $0.hasPrefix(typed) }.sorted(), typed.count)
        }
        let token = Self.trailingToken(textBeforeCursor)
        var parts = token.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let typed = parts.removeLast()
        var path = parts
        // `"abc".up`, `[1, 2].ap`: the members of a literal of that kind.
        if path.first == "", let literal = Self.literalBefore(textBeforeCursor.dropLast(token.count)) { path[0] = literal }
        let names = interpreter.blocking { [path] in await $0.completions(after: path, markingCalls: true) }
        let pool = path.isEmpty ? Set(names + Keywords.all) : Set(names)
        return (pool.filter { $0.hasPrefix(typed) }.sorted(), typed.count)
    }

    /// `""`, `[]` or `{}` when the text ends with a string, list or map literal.
    static func literalBefore(_ text: Substring) -> String? {
        switch text.last {
        case "\"": return "\"\""
        case "]": return "[]"
        case "}": return "{}"
        default: return nil
        }
    }

    /// The dotted name being typed at the end of the text: `config.ser` in `print(config.ser`.
    static func trailingToken(_ text: String) -> String {
        var token: [Character] = []
        for character in text.reversed() {
            guard character.isLetter || character.isNumber || character == "_" || character == "." else { break }
            token.insert(character, at: 0)
        }
        return String(token)
    }
}
