/// Binds every name of a parsed program to where it lives at run time (a frame
/// slot, a box captured by a closure, or a global), sizes every function's
/// frame, and reports every compile error of LANGUAGE.md section 5 at once.
public final class Resolver {
    /// The outcome: the errors (empty when the program may run) and the
    /// top-level names the program declares.
    public struct Result {
        public var diagnostics: [Diagnostic]
        public var globals: GlobalScope
    }

    let file: SourceFile
    var globals: GlobalScope
    var diagnostics: [Diagnostic] = []
    var function: FunctionContext!

    private init(file: SourceFile, globals: GlobalScope) {
        self.file = file
        self.globals = globals
    }

    /// Resolves `program` in place, given the globals earlier programs of the same session declared.
    public static func resolve(_ program: Program, globals: GlobalScope = GlobalScope()) -> Result {
        let resolver = Resolver(file: program.file, globals: globals)
        resolver.resolveMain(program.main)
        return Result(diagnostics: resolver.diagnostics, globals: resolver.globals)
    }

    private func resolveMain(_ main: FunctionDecl) {
        declareTopLevelNames(main.body)
        function = FunctionContext(decl: main, enclosing: nil)
        function.scopes.append(Scope(firstSlot: 1, isGlobal: true))
        resolveStatements(main.body.statements)
        finish(function)
    }

    /// Top-level names are known before any statement is resolved, so a function
    /// may use (and assign) a global declared further down the script.
    private func declareTopLevelNames(_ body: Block) {
        var mutableHere: [String: Bool] = [:]
        for statement in body.statements {
            guard let variable = declaredVariable(of: statement) else { continue }
            let isFirst = mutableHere[variable.name] == nil
            mutableHere[variable.name] = (mutableHere[variable.name] ?? false) || variable.isMutable
            if isFirst || variable.isMutable {
                let entry = GlobalScope.Entry(isMutable: mutableHere[variable.name]!, declaredAt: location(variable.range))
                globals.declare(variable.name, entry)
            }
        }
    }

    private func declaredVariable(of statement: Stmt) -> VarDecl? {
        switch statement.kind {
        case .variable(let variable, _): return variable
        case .function(let decl): return decl.binding
        default: return nil
        }
    }

    // MARK: Functions

    func resolveFunction(_ decl: FunctionDecl) {
        let context = FunctionContext(decl: decl, enclosing: function)
        function = context
        beginScope()
        for parameter in decl.parameters {
            if let value = parameter.defaultValue { resolveExpression(value) }
            declareLocal(parameter.variable)
        }
        resolveBlockContents(decl.body, hoist: true)
        endScope()
        finish(context)
        function = context.enclosing
    }

    /// Gives every local its final storage once the whole function is known,
    /// because a closure further down may capture a variable used above it.
    private func finish(_ context: FunctionContext) {
        for variable in context.declaredLocals {
            if case .local(let slot) = variable.storage, context.captured.contains(ObjectIdentifier(variable)) {
                variable.storage = .boxedLocal(slot: slot)
            }
        }
        for (use, variable) in context.localUses {
            if case .boxedLocal(let slot) = variable.storage {
                use.resolution = .boxedLocal(slot: slot)
            } else if case .local(let slot) = variable.storage {
                use.resolution = .local(slot: slot)
            }
        }
        context.decl.slotCount = context.maxSlot
    }

    // MARK: Scopes and declarations

    func beginScope() {
        function.scopes.append(Scope(firstSlot: function.nextSlot, isGlobal: false))
    }

    func endScope() {
        let scope = function.scopes.removeLast()
        function.nextSlot = scope.firstSlot
    }

    var atTopLevel: Bool { function.isMain && function.scopes.count == 1 }

    /// Declares a name in the innermost scope: a global at the top level, else a fresh slot.
    func declare(_ variable: VarDecl) {
        if atTopLevel {
            variable.storage = .global(variable.name)
            return
        }
        declareLocal(variable)
    }

    func declareLocal(_ variable: VarDecl) {
        if let existing = function.scopes[function.scopes.count - 1].variables[variable.name] {
            if existing !== variable {
                error(
                    "'\(variable.name)' is already declared in this scope (at \(location(existing.range)))",
                    at: variable.range)
            }
            return
        }
        variable.storage = .local(slot: function.allocateSlot())
        function.scopes[function.scopes.count - 1].variables[variable.name] = variable
        function.declaredLocals.append(variable)
    }

    // MARK: Names

    /// Finds what a name refers to: a local of this function, a variable of an
    /// enclosing function (captured through every function in between), or a global.
    func resolveName(_ use: NameRef) {
        if let variable = function.lookupLocal(use.name) {
            function.localUses.append((use, variable))
            return
        }
        if let captured = capture(use.name, into: function) {
            use.resolution = .capture(index: captured.index)
            return
        }
        use.resolution = .global(use.name)
    }

    /// The variable a name refers to, for the `let` check on assignment.
    func variableDeclaration(of name: String) -> VarDecl? {
        var context: FunctionContext? = function
        while let current = context {
            if let variable = current.lookupLocal(name) { return variable }
            context = current.enclosing
        }
        return nil
    }

    /// Returns the capture index of `name` in `context` and the identity of the captured
    /// variable, adding a capture to every function between it and its declaration.
    private func capture(_ name: String, into context: FunctionContext) -> (index: Int, key: ObjectIdentifier)? {
        guard let outer = context.enclosing else { return nil }
        if let variable = outer.lookupLocal(name) {
            let key = ObjectIdentifier(variable)
            outer.captured.insert(key)
            guard case .local(let slot) = variable.storage else { return nil }
            return (addCapture(.enclosingSlot(slot), key: key, to: context), key)
        }
        guard let outerCapture = capture(name, into: outer) else { return nil }
        let index = addCapture(.enclosingCapture(outerCapture.index), key: outerCapture.key, to: context)
        return (index, outerCapture.key)
    }

    private func addCapture(_ source: CaptureSource, key: ObjectIdentifier, to context: FunctionContext) -> Int {
        if let index = context.captureIndex[key] { return index }
        let index = context.decl.captures.count
        context.decl.captures.append(source)
        context.captureIndex[key] = index
        return index
    }

    // MARK: Errors

    func error(_ message: String, at range: SourceRange) {
        diagnostics.append(.syntax(message, in: file, at: range))
    }

    func location(_ range: SourceRange) -> String {
        "\(file.path):\(file.position(of: range.start))"
    }
}
