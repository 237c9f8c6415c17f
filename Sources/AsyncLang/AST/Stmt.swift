/// A statement node: what it is, and the source range it covers.
public struct Stmt {
    public var kind: StmtKind
    public var range: SourceRange
    public init(_ kind: StmtKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

public indirect enum StmtKind {
    case expression(Expr)
    /// `let x = e` / `var x = e` / `var x` (initialised to nil).
    case variable(VarDecl, Expr?)
    case assign(AssignTarget, Expr)
    /// `x += e`, `a[i] -= e`, `m.k *= e`; `opRange` is the operator token.
    case compoundAssign(AssignTarget, BinaryOperator, Expr, opRange: SourceRange)
    /// `fn name(...) { ... }` and `async fn name(...) { ... }`; `FunctionDecl.binding` is the name.
    case function(FunctionDecl)
    /// `if c { } else if c2 { } else { }`.
    case ifChain([ConditionalBlock], elseBlock: Block?)
    case whileLoop(Expr, Block)
    /// `for x in e { }`, `for k, v in e { }`, `for await x in e { }`.
    case forLoop([VarDecl], Expr, Block, isAwait: Bool)
    case breakLoop
    case continueLoop
    case returnValue(Expr?)
    case throwError(Expr)
    case tryCatch(Block, [CatchClause], finally: Block?)
    /// `with e as name { }`; the name is optional.
    case with(Expr, VarDecl?, Block)
    case yield(Expr)
    case cancel(Expr)
}

public struct Block {
    public var statements: [Stmt]
    public var range: SourceRange
    public init(_ statements: [Stmt], _ range: SourceRange) {
        self.statements = statements
        self.range = range
    }
}

public struct ConditionalBlock {
    public var condition: Expr
    public var body: Block
    public init(condition: Expr, body: Block) {
        self.condition = condition
        self.body = body
    }
}

/// `catch Kind, Kind as e { }`, `catch e { }`, `catch { }`.
public struct CatchClause {
    /// Error kinds to match; empty means every kind except `CancelledError`.
    public var kinds: [String]
    public var binding: VarDecl?
    public var body: Block
    public var range: SourceRange
    public init(kinds: [String], binding: VarDecl?, body: Block, range: SourceRange) {
        self.kinds = kinds
        self.binding = binding
        self.body = body
        self.range = range
    }
}

/// The left side of `=` and of `+=` and friends.
public enum AssignTarget {
    case name(NameRef)
    case index(Expr, Expr)
    case member(Expr, String, nameRange: SourceRange)
}
