/// The parser's entry point: source text in, a `Program` and its syntax errors out.
///
/// The Lexer folder turns bytes into tokens; the `ParseState` extensions here
/// build the tree of the AST folder, one grammar rule per function.
/// This code knows nothing of the runtime.
public enum Parser {
    /// Parses a whole script or REPL entry. There is always a program, even
    /// when there are errors (a partial tree), so the REPL and the resolver can
    /// look at it; `isIncomplete` tells the REPL that the input stopped inside
    /// an unfinished construct and another line may complete it.
    public static func parse(_ file: SourceFile, options: ParseOptions = ParseOptions()) -> ParseResult {
        let whole = SourceRange(start: 0, end: file.bytes.count)
        if let offset = file.firstInvalidUTF8Offset() {
            let diagnostic = Diagnostic.syntax(
                "invalid UTF-8 at byte offset \(offset)", in: file, at: SourceRange(start: offset, end: offset + 1))
            return ParseResult(program: program(file, [], whole), diagnostics: [diagnostic], isIncomplete: false)
        }
        let (statements, errors) = file.bytes.withUnsafeBufferPointer { bytes in
            var state = ParseState(file: file, bytes: bytes, options: options)
            return (state.parseProgram(), state.errors)
        }
        let entries = errors.sortedEntries()
        let diagnostics = entries.map { Diagnostic.syntax($0.message, in: file, at: $0.range) }
        return ParseResult(
            program: program(file, statements, whole), diagnostics: diagnostics,
            isIncomplete: entries.first?.atEndOfInput ?? false)
    }

    private static func program(_ file: SourceFile, _ statements: [Stmt], _ range: SourceRange) -> Program {
        let main = FunctionDecl(
            name: "<main>", range: range, parameters: [], body: Block(statements, range), isAsync: true,
            isGenerator: false)
        return Program(file: file, main: main)
    }
}
