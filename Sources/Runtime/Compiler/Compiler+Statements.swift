import AsyncLang

extension Compiler {
    func compileStatements(_ statements: [Stmt]) {
        for statement in statements { compileStatement(statement) }
    }

    /// A block's hoisted, captured `fn` names get their boxes before its statements run.
    func compileHoisting(_ statements: [Stmt]) {
        for statement in statements {
            guard case .function(let decl) = statement.kind, let binding = decl.binding, binding.isHoisted,
                case .boxedLocal(let slot) = binding.storage
            else { continue }
            emit(.makeBox, slot, at: binding.range)
        }
    }

    func compileBlock(_ block: Block) {
        compileHoisting(block.statements)
        compileStatements(block.statements)
    }

    func compileStatement(_ statement: Stmt) {
        let range = statement.range
        switch statement.kind {
        case .expression(let expr):
            compileExpression(expr)
            emit(.popStatement, at: range)
        case .variable(let variable, let value):
            if let value { compileExpression(value) } else { emit(.pushNil, at: range) }
            defineVariable(variable)
        case .assign(let target, let value):
            compileAssignment(target, value)
        case .compoundAssign(let target, let op, let value, let opRange):
            compileCompoundAssignment(target, op, value, opRange: opRange)
        case .function(let decl):
            compileFunctionValue(decl)
            if let binding = decl.binding {
                if binding.isHoisted, case .boxedLocal(let slot) = binding.storage {
                    emit(.storeBoxed, slot, at: binding.range)
                } else {
                    defineVariable(binding)
                }
            }
        case .ifChain(let branches, let elseBlock):
            compileIf(branches, elseBlock)
        case .whileLoop(let condition, let body):
            compileWhile(condition, body)
        case .forLoop(let variables, let iterable, let body, let isAwait):
            compileFor(variables, iterable, body, isAwait: isAwait, range: range)
        case .breakLoop:
            compileLoopExit(isBreak: true, at: range)
        case .continueLoop:
            compileLoopExit(isBreak: false, at: range)
        case .returnValue(let value):
            if let value, case .name(let use) = value.kind, case .local(let slot) = use.resolution,
                !function.constructs.contains(where: \.needsCleanup)
            {
                emit(.returnLocal, slot, at: range)
                return
            }
            if let value { compileExpression(value) } else { emit(.pushNil, at: range) }
            compileExits(downTo: 0, at: range)
            emit(.returnValue, at: range)
        case .throwError(let value):
            compileExpression(value)
            emit(.throwError, at: range)
        case .tryCatch(let body, let clauses, let finallyBlock):
            compileTry(body, clauses, finallyBlock)
        case .with(let context, let binding, let body):
            compileWith(context, binding, body, at: range)
        case .yield(let value):
            compileExpression(value)
            emit(.yield, at: range)
            function.adjustHeight(by: 1)
            emit(.pop, at: range)
        case .cancel(let task):
            compileExpression(task)
            emit(.cancel, at: range)
        }
    }

    /// Stores the value on top of the stack into a newly declared variable.
    func defineVariable(_ variable: VarDecl) {
        switch variable.storage {
        case .global(let name): emit(.defineGlobal, globalIndex(name), at: variable.range)
        case .local(let slot): emit(.storeLocal, slot, at: variable.range)
        case .boxedLocal(let slot): emit(.defineBoxed, slot, at: variable.range)
        case .unresolved: emit(.pop, at: variable.range)
        }
    }

    // MARK: Assignment

    private func compileAssignment(_ target: AssignTarget, _ value: Expr) {
        switch target {
        case .name(let use):
            compileExpression(value)
            storeName(use)
        case .index(let container, let index):
            compileExpression(container)
            compileExpression(index)
            compileExpression(value)
            emit(.storeIndex, at: index.range)
        case .member(let object, let name, let nameRange):
            // A plain local cannot change while the value is computed, so it is read after it.
            if let slot = Self.plainLocal(object), nameConstant(name) <= 0xFFFF {
                compileExpression(value)
                emitStoreMemberLocal(slot: slot, name: name, at: nameRange)
                return
            }
            compileExpression(object)
            compileExpression(value)
            emit(.storeMember, nameConstant(name), at: nameRange)
        }
    }

    private func emitStoreMemberLocal(slot: Int, name: String, at range: SourceRange) {
        function.code.append(Instruction(.storeMemberLocal, b: slot, c: nameConstant(name)))
        function.offsets.append(Int32(truncatingIfNeeded: range.start))
        function.adjustHeight(by: -1)
    }

    private func compileCompoundAssignment(_ target: AssignTarget, _ op: BinaryOperator, _ value: Expr, opRange: SourceRange) {
        if compileIncrement(target, op, value, opRange: opRange) { return }
        if compileFusedCompound(target, op, value, opRange: opRange) { return }
        switch target {
        case .name(let use):
            loadName(use)
            compileExpression(value)
            emit(op.opcode, at: opRange)
            storeName(use)
        case .index(let container, let index):
            compileExpression(container)
            compileExpression(index)
            emit(.dup2, at: index.range)
            emit(.index, at: index.range)
            compileExpression(value)
            emit(op.opcode, at: opRange)
            emit(.storeIndex, at: index.range)
        case .member(let object, let name, let nameRange):
            if let slot = Self.plainLocal(object), nameConstant(name) <= 0xFFFF {
                emitLocalRead(.memberLocal, slot: slot, c: nameConstant(name), at: nameRange)
                compileExpression(value)
                emit(op.opcode, at: opRange)
                emitStoreMemberLocal(slot: slot, name: name, at: nameRange)
                return
            }
            compileExpression(object)
            emit(.dup, at: nameRange)
            emit(.member, nameConstant(name), at: nameRange)
            compileExpression(value)
            emit(op.opcode, at: opRange)
            emit(.storeMember, nameConstant(name), at: nameRange)
        }
    }

    /// `x += k` / `x -= k` on a plain local or a global, with k a small int: one instruction.
    private func compileIncrement(_ target: AssignTarget, _ op: BinaryOperator, _ value: Expr, opRange: SourceRange) -> Bool {
        guard case .name(let use) = target, op == .add || op == .subtract, var step = smallInt(value) else { return false }
        if op == .subtract { step = -step }
        guard step >= -128 && step <= 127 else { return false }
        switch use.resolution {
        case .local(let slot) where slot <= 0xFFFF:
            function.code.append(Instruction(.incrementLocal, b: step, c: slot))
        case .global(let name) where globalIndex(name) <= 0xFFFF:
            function.code.append(Instruction(.incrementGlobal, b: step, c: globalIndex(name)))
        default:
            return false
        }
        function.offsets.append(Int32(truncatingIfNeeded: opRange.start))
        return true
    }

    /// `x += v`, `x -= v`, `x *= v` on a plain local or a global: the value, then one instruction.
    private func compileFusedCompound(_ target: AssignTarget, _ op: BinaryOperator, _ value: Expr, opRange: SourceRange) -> Bool {
        guard case .name(let use) = target else { return false }
        let fused: CompoundOperator
        switch op {
        case .add: fused = .add
        case .subtract: fused = .subtract
        case .multiply: fused = .multiply
        default: return false
        }
        let instruction: Instruction
        switch use.resolution {
        case .local(let slot) where slot <= 0xFFFF:
            instruction = Instruction(.compoundLocal, b: fused.rawValue, c: slot)
        case .global(let name) where globalIndex(name) <= 0xFFFF:
            instruction = Instruction(.compoundGlobal, b: fused.rawValue, c: globalIndex(name))
        default:
            return false
        }
        compileExpression(value)
        function.code.append(instruction)
        function.offsets.append(Int32(truncatingIfNeeded: opRange.start))
        function.adjustHeight(by: -1)
        return true
    }

    func loadName(_ use: NameRef) {
        switch use.resolution {
        case .local(let slot): emit(.loadLocal, slot, at: use.range)
        case .boxedLocal(let slot): emit(.loadBoxed, slot, at: use.range)
        case .capture(let index): emit(.loadCapture, index, at: use.range)
        case .global(let name): emit(.loadGlobal, globalIndex(name), at: use.range)
        case .unresolved: emit(.loadGlobal, globalIndex(use.name), at: use.range)
        }
    }

    func storeName(_ use: NameRef) {
        switch use.resolution {
        case .local(let slot): emit(.storeLocal, slot, at: use.range)
        case .boxedLocal(let slot): emit(.storeBoxed, slot, at: use.range)
        case .capture(let index): emit(.storeCapture, index, at: use.range)
        case .global(let name): emit(.storeGlobal, globalIndex(name), at: use.range)
        case .unresolved: emit(.storeGlobal, globalIndex(use.name), at: use.range)
        }
    }

    // MARK: Branches and loops

    private func compileIf(_ branches: [ConditionalBlock], _ elseBlock: Block?) {
        var endJumps: [Int] = []
        for (index, branch) in branches.enumerated() {
            let skips = compileJumpsUnless(branch.condition)
            compileBlock(branch.body)
            if elseBlock != nil || index < branches.count - 1 {
                endJumps.append(emitJump(.jump, at: branch.body.range))
            }
            skips.forEach(patchJump)
        }
        if let elseBlock { compileBlock(elseBlock) }
        endJumps.forEach(patchJump)
    }

    private func compileWhile(_ condition: Expr, _ body: Block) {
        let start = currentIndex
        let exits = compileJumpsUnless(condition)
        compileLoopBody(body, continueTarget: start, loopRange: condition.range)
        exits.forEach(patchJump)
        patchBreaks()
    }

    private func compileFor(_ variables: [VarDecl], _ iterable: Expr, _ body: Block, isAwait: Bool, range: SourceRange) {
        if isAwait {
            compileForAwait(variables, iterable, body, range: range)
            return
        }
        compileExpression(iterable)
        emit(.getIterator, isAwait ? 1 : 0, at: iterable.range)
        let start = currentIndex
        let exit: Int
        if variables.count == 1, case .local(let slot) = variables[0].storage {
            emit(.forIterLocal, slot, at: iterable.range)
            exit = -(emitJumpWord() + 1)
        } else {
            exit = emitJump(.forIter, at: iterable.range)
            defineLoopVariables(variables)
        }
        compileLoopBody(body, continueTarget: start, loopRange: iterable.range)
        // The iterator is still on the stack when the loop ends or breaks.
        patchJump(exit)
        patchBreaks()
        emit(.pop, at: range)
    }

    /// `for await x in it { }`: each step awaits the iterator's next value (which
    /// may suspend the task) and leaves `undefined` when it is finished.
    private func compileForAwait(_ variables: [VarDecl], _ iterable: Expr, _ body: Block, range: SourceRange) {
        compileExpression(iterable)
        emit(.getIterator, 1, at: iterable.range)
        let start = currentIndex
        emit(.asyncNext, at: iterable.range)
        let exit = emitJump(.jumpIfUndefined, at: iterable.range)
        defineLoopVariables(variables)
        compileLoopBody(body, continueTarget: start, loopRange: iterable.range)
        patchJump(exit)
        patchBreaks()
        emit(.pop, at: range)
    }

    /// Stores the value on top into the loop's variable, or unpacks it into several.
    private func defineLoopVariables(_ variables: [VarDecl]) {
        if variables.count == 1 {
            defineVariable(variables[0])
            return
        }
        emit(.unpack, variables.count, at: variables[0].range)
        for variable in variables.reversed() { defineVariable(variable) }
    }

    /// Compiles a loop body that jumps back to `continueTarget`; break jumps are patched by the caller.
    private func compileLoopBody(_ body: Block, continueTarget: Int, loopRange: SourceRange) {
        function.constructs.append(.loop(continueTarget: continueTarget, breakJumps: [], height: function.height))
        compileBlock(body)
        emitLoop(to: continueTarget, at: loopRange)
    }

    /// Pops the innermost loop construct and points its breaks here.
    private func patchBreaks() {
        guard case .loop(_, let breakJumps, _) = function.constructs.removeLast() else { return }
        breakJumps.forEach(patchJump)
    }

    private func compileLoopExit(isBreak: Bool, at range: SourceRange) {
        guard let loopIndex = function.constructs.lastIndex(where: { if case .loop = $0 { true } else { false } }),
            case .loop(let continueTarget, var breakJumps, let loopHeight) = function.constructs[loopIndex]
        else { return }
        let height = function.height
        compileExits(downTo: loopIndex + 1, at: range)
        for _ in 0..<(function.height - loopHeight) { emit(.pop, at: range) }
        if isBreak {
            breakJumps.append(emitJump(.jump, at: range))
            function.constructs[loopIndex] = .loop(
                continueTarget: continueTarget, breakJumps: breakJumps, height: loopHeight)
        } else {
            emitLoop(to: continueTarget, at: range)
        }
        function.height = height
    }

    /// Undoes every construct above `level`, innermost first, for a jump out of them:
    /// pops handlers, runs `finally` blocks inline and exits `with` contexts.
    func compileExits(downTo level: Int, at range: SourceRange) {
        var index = function.constructs.count - 1
        while index >= level {
            switch function.constructs[index] {
            case .handler:
                emit(.popTry, at: range)
            case .finally(let block, let constructsBelow):
                let saved = function.constructs
                function.constructs = Array(saved[..<constructsBelow])
                compileBlock(block)
                function.constructs = saved
            case .context(let height):
                emit(.withExit, function.height - 1 - height, at: range)
                emit(.pop, at: range)
            case .loop, .pendingError:
                break
            }
            index -= 1
        }
    }
}

extension BinaryOperator {
    /// The superinstruction taking a small int constant as the right operand, if there is one.
    var smallConstantOpcode: Opcode? {
        switch self {
        case .add: return .addSmall
        case .subtract: return .subtractSmall
        case .multiply: return .multiplySmall
        case .modulo: return .moduloSmall
        default: return nil
        }
    }

    var smallComparison: SmallComparison? {
        switch self {
        case .less: return .less
        case .lessEqual: return .lessEqual
        case .greater: return .greater
        case .greaterEqual: return .greaterEqual
        case .equal: return .equal
        case .notEqual: return .notEqual
        default: return nil
        }
    }

    /// The compare-and-jump superinstruction that jumps when this comparison is false.
    var jumpUnlessOpcode: Opcode? {
        switch self {
        case .less: return .jumpIfNotLess
        case .lessEqual: return .jumpIfNotLessEqual
        case .greater: return .jumpIfNotGreater
        case .greaterEqual: return .jumpIfNotGreaterEqual
        case .equal: return .jumpIfNotEqual
        case .notEqual: return .jumpIfEqual
        default: return nil
        }
    }

    var opcode: Opcode {
        switch self {
        case .add: return .add
        case .subtract: return .subtract
        case .multiply: return .multiply
        case .divide: return .divide
        case .floorDivide: return .floorDivide
        case .modulo: return .modulo
        case .power: return .power
        case .equal: return .equal
        case .notEqual: return .notEqual
        case .less: return .less
        case .lessEqual: return .lessEqual
        case .greater: return .greater
        case .greaterEqual: return .greaterEqual
        case .isIn: return .contains
        case .notIn: return .notContains
        }
    }
}
