/// What the parser produces: a tree (always, even with errors, so the REPL
/// and the resolver can look at it) and every syntax error it found.
public struct ParseResult {
    public var program: Program
    public var diagnostics: [Diagnostic]
    /// True when parsing stopped because the input ended inside an unfinished
    /// construct (an open bracket or block, a trailing operator, an unterminated
    /// `"""` string). The REPL reads another line instead of reporting an error.
    public var isIncomplete: Bool

    public init(program: Program, diagnostics: [Diagnostic], isIncomplete: Bool) {
        self.program = program
        self.diagnostics = diagnostics
        self.isIncomplete = isIncomplete
    }
}

/// Limits an embedding host may tighten.
public struct ParseOptions: Sendable {
    /// Deepest syntactic nesting (brackets, blocks, prefix operators) before `nesting too deep`.
    public var maxNesting: Int = 1000
    /// Deepest expression tree, counting each operator of a chain such as `1 + 1 + …`,
    /// before `expression too long`: later passes walk the tree recursively.
    public var maxExpressionDepth: Int = 10_000
    /// Stop after this many syntax errors.
    public var maxErrors: Int = 50
    public init() {}
}
