/// An expression node: what it is, and the source range it covers.
public struct Expr {
    public var kind: ExprKind
    public var range: SourceRange
    public init(_ kind: ExprKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

public indirect enum ExprKind {
    case nilLiteral
    case bool(Bool)
    case int(Int64)
    case float(Double)
    /// A string literal without interpolation (escapes already decoded).
    case string(String)
    /// `"a \(x) b"`: alternating text and expressions.
    case interpolated([StringPart])
    case name(NameRef)
    case list([ListElement])
    /// `{"a": 1, b: 2}`; a bare identifier key is already a `.string` key here.
    case map([MapEntry])
    case unary(UnaryOperator, Expr)
    /// Arithmetic and comparison; `opRange` is the operator token, where runtime errors point.
    case binary(BinaryOperator, Expr, Expr, opRange: SourceRange)
    /// `and` / `or`, which short-circuit.
    case logical(LogicalOperator, Expr, Expr)
    case call(Expr, [Argument])
    case index(Expr, Expr)
    /// `a[lo:hi]`, either bound may be missing.
    case slice(Expr, Expr?, Expr?)
    /// `a.b`: a map key or a native object's field or method.
    case member(Expr, String, nameRange: SourceRange)
    /// `fn (x) { ... }`, `fn (x) => x * 2`, `async fn (u) { ... }`.
    case function(FunctionDecl)
    case await(Expr)
    /// `spawn expr`; `spawn { ... }` arrives as `spawn` of a `.function` with no parameters that is async.
    case spawn(Expr)
}

public enum StringPart {
    case text(String)
    case expr(Expr)
}

public enum ListElement {
    case item(Expr)
    case spread(Expr)
}

public struct MapEntry {
    public var key: Expr
    public var value: Expr
    public init(key: Expr, value: Expr) {
        self.key = key
        self.value = value
    }
}

public enum Argument {
    case positional(Expr)
    case labelled(String, Expr, labelRange: SourceRange)
    case spread(Expr)
}

public enum UnaryOperator: String {
    case negate = "-"
    case not = "not"
}

public enum BinaryOperator: String, CaseIterable {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case floorDivide = "//"
    case modulo = "%"
    case power = "**"
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessEqual = "<="
    case greater = ">"
    case greaterEqual = ">="
    case isIn = "in"
    case notIn = "not in"
}

public enum LogicalOperator: String {
    case and
    case or
}
