extension Resolver {
    func resolveStatements(_ statements: [Stmt]) {
        for statement in statements { resolveStatement(statement) }
    }

    /// A block is a scope; its `fn` statements are declared first so they can call each other.
    func resolveBlock(_ block: Block) {
        beginScope()
        resolveBlockContents(block, hoist: true)
        endScope()
    }

    func resolveBlockContents(_ block: Block, hoist: Bool) {
        if hoist && !atTopLevel {
            for statement in block.statements {
                guard case .function(let decl) = statement.kind, let binding = decl.binding else { continue }
                binding.isHoisted = true
                declareLocal(binding)
                // Hoisted names live in boxes that start out empty, so a use before
                // the `fn` statement has run is a NameError, not a nil.
                function.captured.insert(ObjectIdentifier(binding))
            }
        }
        resolveStatements(block.statements)
    }

    func resolveStatement(_ statement: Stmt) {
        switch statement.kind {
        case .expression(let expr):
            resolveExpression(expr)
        case .variable(let variable, let value):
            if let value { resolveExpression(value) }
            declare(variable)
        case .assign(let target, let value):
            resolveExpression(value)
            resolveTarget(target)
        case .compoundAssign(let target, _, let value, _):
            resolveExpression(value)
            resolveTarget(target)
        case .function(let decl):
            if let binding = decl.binding { declare(binding) }
            resolveFunction(decl)
        case .ifChain(let branches, let elseBlock):
            for branch in branches {
                resolveExpression(branch.condition)
                resolveBlock(branch.body)
            }
            if let elseBlock { resolveBlock(elseBlock) }
        case .whileLoop(let condition, let body):
            resolveExpression(condition)
            resolveLoopBody(body)
        case .forLoop(let variables, let iterable, let body, let isAwait):
            resolveFor(variables, iterable, body, isAwait: isAwait, range: statement.range)
        case .breakLoop:
            if function.loopDepth == 0 { error("'break' outside a loop", at: statement.range) }
        case .continueLoop:
            if function.loopDepth == 0 { error("'continue' outside a loop", at: statement.range) }
        case .returnValue(let value):
            if function.isMain { error("'return' outside a function", at: statement.range) }
            if let value { resolveExpression(value) }
        case .throwError(let value), .yield(let value), .cancel(let value):
            resolveExpression(value)
        case .tryCatch(let body, let clauses, let finallyBlock):
            resolveTry(body, clauses, finallyBlock)
        case .with(let context, let binding, let body):
            resolveExpression(context)
            beginScope()
            if let binding { declareLocal(binding) }
            resolveBlockContents(body, hoist: true)
            endScope()
        }
    }

    private func resolveLoopBody(_ body: Block) {
        function.loopDepth += 1
        resolveBlock(body)
        function.loopDepth -= 1
    }

    private func resolveFor(_ variables: [VarDecl], _ iterable: Expr, _ body: Block, isAwait: Bool, range: SourceRange) {
        if isAwait && !function.decl.isAsync {
            error("'for await' is only allowed inside an 'async fn'", at: range)
        }
        resolveExpression(iterable)
        beginScope()
        for variable in variables { declareLocal(variable) }
        function.loopDepth += 1
        resolveBlockContents(body, hoist: true)
        function.loopDepth -= 1
        endScope()
    }

    private func resolveTry(_ body: Block, _ clauses: [CatchClause], _ finallyBlock: Block?) {
        resolveBlock(body)
        for clause in clauses {
            beginScope()
            if let binding = clause.binding { declareLocal(binding) }
            resolveBlockContents(clause.body, hoist: true)
            endScope()
        }
        if let finallyBlock { resolveBlock(finallyBlock) }
    }

    private func resolveTarget(_ target: AssignTarget) {
        switch target {
        case .name(let use):
            checkAssignable(use)
            resolveName(use)
        case .index(let container, let index):
            resolveExpression(container)
            resolveExpression(index)
        case .member(let container, _, _):
            resolveExpression(container)
        }
    }

    /// Assigning to a `let` (or a `fn` name) is a compile error, wherever it is declared.
    private func checkAssignable(_ use: NameRef) {
        if let variable = variableDeclaration(of: use.name) {
            if !variable.isMutable {
                error(letMessage(use.name, declaredAt: location(variable.range)), at: use.range)
            }
        } else if let global = globals[use.name], !global.isMutable {
            error(letMessage(use.name, declaredAt: global.declaredAt), at: use.range)
        }
    }

    private func letMessage(_ name: String, declaredAt: String) -> String {
        "cannot assign to '\(name)': it is declared with 'let' (at \(declaredAt)); declare it with 'var' to change it"
    }
}
