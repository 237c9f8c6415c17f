import AsyncLang

/// Turns a resolved program into bytecode, one `FunctionProto` per function.
/// Every name already carries its storage (the resolver's work), so this pass
/// only chooses instructions and tracks the operand stack's height.
final class Compiler {
    let file: SourceFile
    let globals: GlobalTable
    let names: NameTable
    /// Every prototype made, kept by the interpreter for its whole life.
    private(set) var prototypes: [FunctionProto] = []
    var function: FunctionState!

    init(file: SourceFile, globals: GlobalTable, names: NameTable) {
        self.file = file
        self.globals = globals
        self.names = names
    }

    /// Compiles the program's `<main>`; with `returnsLastExpression` (the REPL) a
    /// final expression statement becomes the function's result.
    func compileMain(_ program: Program, returnsLastExpression: Bool = false) -> FunctionProto {
        compileFunction(program.main, returnsLastExpression: returnsLastExpression)
    }

    func compileFunction(_ decl: FunctionDecl, returnsLastExpression: Bool = false) -> FunctionProto {
        let proto = FunctionProto(
            name: decl.name, file: file, parameterNames: decl.parameters.map(\.variable.name),
            parameterHasDefault: decl.parameters.map { $0.defaultValue != nil }, isAsync: decl.isAsync, isGenerator: decl.isGenerator, slotCount: decl.slotCount,
            captureSources: decl.captures, declarationOffset: decl.range.start)
        prototypes.append(proto)
        let enclosing = function
        function = FunctionState(decl: decl, enclosing: enclosing)
        compilePrologue(decl)
        var statements = decl.body.statements
        if returnsLastExpression, let last = statements.last, case .expression(let expr) = last.kind {
            statements.removeLast()
            compileHoisting(decl.body.statements)
            compileStatements(statements)
            compileExpression(expr)
            emit(.returnValue, at: last.range)
        } else {
            compileHoisting(decl.body.statements)
            compileStatements(statements)
            emit(.returnNil, at: SourceRange(start: decl.body.range.end, end: decl.body.range.end))
        }
        let state = function!
        proto.install(
            code: state.code, constants: state.constants, offsets: state.offsets, maxStack: state.maxHeight + 1,
            callShapes: state.callShapes, errorKindLists: state.errorKindLists)
        function = enclosing
        return proto
    }

    /// Fills in missing arguments from their defaults, then boxes captured parameters.
    private func compilePrologue(_ decl: FunctionDecl) {
        for parameter in decl.parameters {
            guard let defaultValue = parameter.defaultValue else { continue }
            let slot = slotOf(parameter.variable)
            emit(.skipIfArgumentGiven, slot, at: defaultValue.range)
            let skip = emitJumpWord()
            compileExpression(defaultValue)
            emit(.storeLocal, slot, at: defaultValue.range)
            patchJumpWord(skip)
        }
        for parameter in decl.parameters {
            if case .boxedLocal(let slot) = parameter.variable.storage {
                emit(.loadLocal, slot, at: parameter.variable.range)
                emit(.defineBoxed, slot, at: parameter.variable.range)
            }
        }
    }

    func slotOf(_ variable: VarDecl) -> Int {
        switch variable.storage {
        case .local(let slot), .boxedLocal(let slot): return slot
        default: return 0
        }
    }

    // MARK: Emitting

    @discardableResult
    func emit(_ op: Opcode, _ operand: Int = 0, at range: SourceRange) -> Int {
        function.code.append(Instruction(op, operand))
        function.offsets.append(Int32(truncatingIfNeeded: range.start))
        function.adjustHeight(by: op.stackEffect(operand: operand, function: function))
        return function.code.count - 1
    }

    /// `memberLocal` / `indexLocal`: read something of the local in `slot` (below 256) onto the stack.
    func emitLocalRead(_ op: Opcode, slot: Int, c: Int, at range: SourceRange) {
        function.code.append(Instruction(op, b: slot, c: c))
        function.offsets.append(Int32(truncatingIfNeeded: range.start))
        function.adjustHeight(by: 1)
    }

    /// The slot of a plain local (not captured) below 256, if `expression` is one.
    static func plainLocal(_ expression: Expr) -> Int? {
        guard case .name(let use) = expression.kind, case .local(let slot) = use.resolution, slot <= 0xFF else { return nil }
        return slot
    }

    func emitInvoke(argumentCount: Int, name: String, at range: SourceRange) {
        function.code.append(Instruction(.invoke, b: argumentCount, c: names.id(of: name)))
        function.offsets.append(Int32(truncatingIfNeeded: range.start))
        function.adjustHeight(by: -argumentCount)
    }

    /// Emits a forward jump whose offset is patched later.
    func emitJump(_ op: Opcode, at range: SourceRange) -> Int {
        emit(op, 0, at: range)
    }

    /// Points a jump at the current position. A negative index names the raw
    /// offset word that follows a `jumpUnlessSmall` (stored as -(index + 1)).
    func patchJump(_ index: Int) {
        if index < 0 {
            patchJumpWord(-index - 1)
            return
        }
        let offset = function.code.count - (index + 1)
        let op = function.code[index].opcode
        function.code[index] = Instruction(op, offset)
    }

    /// A raw word after `skipIfArgumentGiven` holding a jump offset.
    func emitJumpWord() -> Int {
        function.code.append(0)
        function.offsets.append(function.offsets.last ?? 0)
        return function.code.count - 1
    }

    func patchJumpWord(_ index: Int) {
        function.code[index] = UInt32(truncatingIfNeeded: function.code.count - (index + 1))
    }

    func emitLoop(to target: Int, at range: SourceRange) {
        emit(.loop, target - (function.code.count + 1), at: range)
    }

    var currentIndex: Int { function.code.count }

    // MARK: Constants

    func emitConstant(_ value: Value, at range: SourceRange) {
        emit(.constant, function.addConstant(value), at: range)
    }

    func emitString(_ text: String, at range: SourceRange) {
        emit(.constant, function.addString(text, interned: names.interned(text)), at: range)
    }

    func nameConstant(_ name: String) -> Int { names.id(of: name) }

    func globalIndex(_ name: String) -> Int { globals.index(of: name) }
}

/// The compiler's state for one function being compiled.
final class FunctionState {
    let decl: FunctionDecl
    let enclosing: FunctionState?
    var code: [Instruction] = []
    var offsets: [Int32] = []
    var constants: [Value] = []
    var callShapes: [CallShape] = []
    var errorKindLists: [[String]] = []
    private var stringConstants: [String: Int] = [:]
    private var intConstants: [Int: Int] = [:]
    var height = 0
    var maxHeight = 0
    /// Loops, handlers, `finally` blocks and contexts the code being compiled is inside, innermost last.
    var constructs: [Construct] = []

    init(decl: FunctionDecl, enclosing: FunctionState?) {
        self.decl = decl
        self.enclosing = enclosing
    }

    func adjustHeight(by delta: Int) {
        height += delta
        maxHeight = max(maxHeight, height)
    }

    func addConstant(_ value: Value) -> Int {
        if case .int(let i) = value, let index = intConstants[i] { return index }
        constants.append(value)
        if case .int(let i) = value { intConstants[i] = constants.count - 1 }
        return constants.count - 1
    }

    func addString(_ text: String, interned: StringObject) -> Int {
        if let index = stringConstants[text] { return index }
        constants.append(.object(interned))
        stringConstants[text] = constants.count - 1
        return constants.count - 1
    }
}

/// Something the code being compiled is inside that a `break`, `continue` or
/// `return` leaving it must undo.
enum Construct {
    /// A loop: where `continue` goes, the `break` jumps to patch, and the stack height inside it.
    case loop(continueTarget: Int, breakJumps: [Int], height: Int)
    /// A `setupTry` handler is active: leaving needs `popTry`.
    case handler
    /// Leaving runs this `finally` block; `constructsBelow` is how many constructs enclose the `try`.
    case finally(Block, constructsBelow: Int)
    /// A `with` context sits on the stack at this height; leaving calls its exit.
    case context(height: Int)
    /// An error sits on the stack at this height while a `finally` runs after a throw.
    case pendingError(height: Int)

    /// Whether a `return` leaving it must run code first.
    var needsCleanup: Bool {
        switch self {
        case .handler, .finally, .context: return true
        case .loop, .pendingError: return false
        }
    }
}
