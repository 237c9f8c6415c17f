/// The parts of the tree the resolver annotates: declared variables, name
/// uses, and functions. They are classes so the resolver can fill in their
/// storage in place; the compiler reads it and never looks names up itself.

/// Where a variable lives at run time.
public enum VariableStorage: Equatable {
    case unresolved
    /// A slot of the function's frame (slot 0 holds the callee; parameters start at 1).
    case local(slot: Int)
    /// A frame slot holding a box, because an inner function captures the variable.
    case boxedLocal(slot: Int)
    /// A top-level name of the script or REPL session, looked up by name in the interpreter's globals.
    case global(String)
}

/// How a use of a name reaches its variable.
public enum NameResolution: Equatable {
    case unresolved
    case local(slot: Int)
    case boxedLocal(slot: Int)
    /// The n-th box captured by the running closure.
    case capture(index: Int)
    case global(String)
}

/// A declared name: `let`, `var`, a parameter, a loop variable, a `catch` or `with` binding, a `fn` name.
public final class VarDecl {
    public let name: String
    public let range: SourceRange
    public let isMutable: Bool
    /// Filled in by the resolver.
    public var storage: VariableStorage = .unresolved
    /// Set by the resolver on a local `fn` name declared before the statements of its block run,
    /// so functions of one block can call each other; its box (if any) is made at block entry.
    public var isHoisted = false

    public init(name: String, range: SourceRange, isMutable: Bool) {
        self.name = name
        self.range = range
        self.isMutable = isMutable
    }
}

/// A use of a name in an expression or as an assignment target.
public final class NameRef {
    public let name: String
    public let range: SourceRange
    /// Filled in by the resolver.
    public var resolution: NameResolution = .unresolved

    public init(name: String, range: SourceRange) {
        self.name = name
        self.range = range
    }
}

public struct Parameter {
    public var variable: VarDecl
    /// Evaluated at call time, in the callee, when the argument is missing.
    public var defaultValue: Expr?
    public init(variable: VarDecl, defaultValue: Expr?) {
        self.variable = variable
        self.defaultValue = defaultValue
    }
}

/// Where a closure gets one of its captured boxes from when it is created.
public enum CaptureSource: Equatable {
    /// A boxed local slot of the function that creates the closure.
    case enclosingSlot(Int)
    /// A box the creating function itself captured.
    case enclosingCapture(Int)
}

/// A function: a `fn` declaration, a function expression, a `spawn { }` block or a script's main body.
public final class FunctionDecl {
    /// The name used in traces and task names: the declared name, `<fn>` for anonymous ones, `<main>`.
    public var name: String
    public let range: SourceRange
    public var parameters: [Parameter]
    /// An `=> expr` body arrives as a block holding one `return expr`.
    public var body: Block
    public let isAsync: Bool
    /// Set by the parser when the body (not a nested function) contains `yield`.
    public var isGenerator: Bool
    /// The name a `fn name()` statement binds; nil for expressions.
    public var binding: VarDecl?

    /// Filled in by the resolver: slots the frame needs (callee + parameters + locals).
    public var slotCount: Int = 0
    /// Filled in by the resolver: the boxes the closure captures, in capture-index order.
    public var captures: [CaptureSource] = []

    public init(
        name: String, range: SourceRange, parameters: [Parameter], body: Block, isAsync: Bool,
        isGenerator: Bool, binding: VarDecl? = nil
    ) {
        self.name = name
        self.range = range
        self.parameters = parameters
        self.body = body
        self.isAsync = isAsync
        self.isGenerator = isGenerator
        self.binding = binding
    }
}

/// A parsed script or REPL entry; its top-level statements are the body of `main`.
public final class Program {
    public let file: SourceFile
    /// `<main>`: async, no parameters, its body the top-level statements.
    public let main: FunctionDecl

    public init(file: SourceFile, main: FunctionDecl) {
        self.file = file
        self.main = main
    }
}
