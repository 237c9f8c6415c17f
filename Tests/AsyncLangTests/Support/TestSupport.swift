@testable import AsyncLang

/// Helpers shared by the parser tests.
enum Parse {
    static func result(_ source: String, options: ParseOptions = ParseOptions()) -> ParseResult {
        Parser.parse(SourceFile(path: "test.aw", text: source), options: options)
    }

    /// The top-level statements as S-expressions, one per statement, joined by spaces.
    static func tree(_ source: String) -> String {
        tree(of: result(source))
    }

    static func tree(of result: ParseResult) -> String {
        result.program.main.body.statements.map(SExpression.of).joined(separator: " ")
    }

    /// The errors as `line:column: message`.
    static func errors(_ source: String, options: ParseOptions = ParseOptions()) -> [String] {
        errors(of: result(source, options: options))
    }

    static func errors(of result: ParseResult) -> [String] {
        result.diagnostics.map { diagnostic in
            let position = diagnostic.file!.position(of: diagnostic.range!.start)
            return "\(position): \(diagnostic.message)"
        }
    }

    /// The first top-level statement, which the test expects to be an expression.
    static func expression(_ source: String) -> Expr? {
        guard let first = result(source).program.main.body.statements.first,
            case .expression(let expr) = first.kind
        else { return nil }
        return expr
    }

    /// The source text a range covers.
    static func text(_ source: String, _ range: SourceRange) -> String {
        String(decoding: Array(source.utf8)[range.start..<range.end], as: UTF8.self)
    }
}

/// Tokens of a whole source, for lexer tests.
enum Lex {
    static func tokens(_ source: String) -> (tokens: [Token], output: LexerOutput, file: SourceFile) {
        let file = SourceFile(path: "test.aw", text: source)
        let output = LexerOutput(errors: SyntaxErrorLog())
        let tokens = file.bytes.withUnsafeBufferPointer { bytes in
            var lexer = Lexer(file: bytes, output: output, maxNesting: 1000)
            var tokens: [Token] = []
            while true {
                let token = lexer.next()
                tokens.append(token)
                if token.kind == .endOfInput { break }
            }
            return tokens
        }
        return (tokens, output, file)
    }

    /// `kind` or `kind:text` for each token up to the end, e.g. `identifier:x plus int:1`.
    static func kinds(_ source: String) -> String {
        let (tokens, _, file) = tokens(source)
        return tokens.dropLast().map { token in
            let text = String(decoding: file.bytes[token.start..<token.end], as: UTF8.self)
            switch token.kind {
            case .identifier, .int, .float, .string, .error: return "\(token.kind):\(text)"
            default: return "\(token.kind)"
            }
        }.joined(separator: " ")
    }

    static func errors(_ source: String) -> [String] {
        let (_, output, file) = tokens(source)
        return output.errors.entries.map { "\(file.position(of: $0.range.start)): \($0.message)" }
    }
}
