/// The state of one parse, in the manner of Lua's `LexState`: the token
/// cursor and its newline modes (`+Cursor`), the nesting counters that keep
/// deep input from exhausting the native stack (`+Nesting`), error reporting
/// and panic-mode recovery (`+Errors`, `+Recovery`), and the functions being
/// parsed, so `yield` can mark its function as a generator.
///
/// The grammar lives in the other extensions: `+Statements`, `+ControlFlow`,
/// `+Blocks`, `+Functions`, `+Expressions` (precedence climbing), `+Postfix`,
/// `+Primary`, `+Strings`.
///
/// Helpers called for every token or node are `mutating` even when they only
/// read: to call a non-mutating method a debug build copies the whole state,
/// retaining every reference in it.
struct ParseState {
    let file: SourceFile
    /// `file.bytes`, valid for the whole parse (see `Lexer.bytes`).
    let bytes: UnsafeBufferPointer<UInt8>
    let options: ParseOptions
    let errors: SyntaxErrorLog
    let output: LexerOutput
    var lexer: Lexer

    // MARK: Cursor (see ParseState+Cursor.swift)

    /// The next unconsumed token as the lexer produced it (it may be a `.newline`).
    var rawToken: Token
    /// Raw tokens after `rawToken` that lookahead has already read.
    var ahead: [Token] = []
    /// `ahead.count`, which debug builds read far faster as a stored property.
    var aheadCount = 0
    /// End offset of the last consumed token, where a node's range ends.
    var previousEnd = 0
    /// Innermost last: whether newlines end statements here, and which token closes the construct.
    var modes: [NewlineMode] = []
    /// The innermost mode's rule (true at top level), kept apart from `modes` for speed.
    var newlinesEndStatements = true

    // MARK: Nesting (see ParseState+Nesting.swift)

    /// How many brackets, blocks, operands and prefixes enclose the current point.
    var depth = 0
    /// The deepest level reached since the current operator chain began.
    var deepest = 0

    // MARK: Recovery (see ParseState+Errors.swift, ParseState+Recovery.swift)

    /// After an error, further errors are suppressed until the parser resynchronises.
    var panicking = false
    /// Too many errors: the parse is abandoned.
    var stopped = false
    /// The closers of the constructs open when the last error was reported, outermost first.
    var errorClosers: [TokenKind] = []
    /// Where the token of the last error starts.
    var errorTokenStart = -1
    /// The last error was `nesting too deep`: recovery skips the whole deep construct.
    var errorWasNestingTooDeep = false
    /// Greater than zero while parsing the expression of a string interpolation.
    var interpolationDepth = 0

    // MARK: Functions

    /// One entry per function body being parsed, innermost last: does it contain `yield`?
    var functionIsGenerator: [Bool] = []

    init(file: SourceFile, bytes: UnsafeBufferPointer<UInt8>, options: ParseOptions) {
        self.file = file
        self.bytes = bytes
        self.options = options
        self.errors = SyntaxErrorLog(limit: options.maxErrors)
        self.output = LexerOutput(errors: errors)
        self.lexer = Lexer(file: bytes, output: output, maxNesting: options.maxNesting)
        self.rawToken = lexer.next()
    }
}

/// One entry of the mode stack: a block (newlines end statements) or a
/// bracket (newlines are just spacing).
struct NewlineMode {
    var newlinesEndStatements: Bool
    var closer: TokenKind
}
