/// The reserved words of LANGUAGE.md section 1:
/// `let var fn async await return if else while for in break continue try
/// catch finally throw spawn cancel with as true false nil and or not yield`.
public enum Keywords {
    /// Every reserved word, for tools that offer them (the REPL's Tab completion).
    public static let all = [
        "let", "var", "fn", "async", "await", "return", "if", "else", "while", "for", "in", "break", "continue",
        "try", "catch", "finally", "throw", "spawn", "cancel", "with", "as", "true", "false", "nil", "and", "or",
        "not", "yield",
    ]

    /// The keyword kind spelled by `name`, or `.identifier`. A switch on the
    /// first byte then a byte comparison, so a lookup allocates nothing.
    static func kind(of name: Slice<UnsafeBufferPointer<UInt8>>) -> TokenKind {
        guard name.count >= 2 && name.count <= 8 else { return .identifier }
        switch name[name.startIndex] {
        case 0x61:  // a
            if name.spells("and") { return .kwAnd }
            if name.spells("as") { return .kwAs }
            if name.spells("async") { return .kwAsync }
            if name.spells("await") { return .kwAwait }
        case 0x62:  // b
            if name.spells("break") { return .kwBreak }
        case 0x63:  // c
            if name.spells("cancel") { return .kwCancel }
            if name.spells("catch") { return .kwCatch }
            if name.spells("continue") { return .kwContinue }
        case 0x65:  // e
            if name.spells("else") { return .kwElse }
        case 0x66:  // f
            if name.spells("false") { return .kwFalse }
            if name.spells("finally") { return .kwFinally }
            if name.spells("fn") { return .kwFn }
            if name.spells("for") { return .kwFor }
        case 0x69:  // i
            if name.spells("if") { return .kwIf }
            if name.spells("in") { return .kwIn }
        case 0x6C:  // l
            if name.spells("let") { return .kwLet }
        case 0x6E:  // n
            if name.spells("nil") { return .kwNil }
            if name.spells("not") { return .kwNot }
        case 0x6F:  // o
            if name.spells("or") { return .kwOr }
        case 0x72:  // r
            if name.spells("return") { return .kwReturn }
        case 0x73:  // s
            if name.spells("spawn") { return .kwSpawn }
        case 0x74:  // t
            if name.spells("throw") { return .kwThrow }
            if name.spells("true") { return .kwTrue }
            if name.spells("try") { return .kwTry }
        case 0x76:  // v
            if name.spells("var") { return .kwVar }
        case 0x77:  // w
            if name.spells("while") { return .kwWhile }
            if name.spells("with") { return .kwWith }
        case 0x79:  // y
            if name.spells("yield") { return .kwYield }
        default:
            break
        }
        return .identifier
    }
}

extension Slice where Base == UnsafeBufferPointer<UInt8> {
    /// Whether these bytes spell exactly `word`.
    fileprivate func spells(_ word: StaticString) -> Bool {
        guard count == word.utf8CodeUnitCount else { return false }
        let spelling = word.utf8Start
        var index = startIndex
        var offset = 0
        while index < endIndex {
            if self[index] != spelling[offset] { return false }
            index += 1
            offset += 1
        }
        return true
    }
}
