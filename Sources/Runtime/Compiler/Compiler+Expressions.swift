import AsyncLang

extension Compiler {
    func compileExpression(_ expr: Expr) {
        let range = expr.range
        switch expr.kind {
        case .nilLiteral: emit(.pushNil, at: range)
        case .bool(let value): emit(value ? .pushTrue : .pushFalse, at: range)
        case .int(let value): compileInt(Int(value), at: range)
        case .float(let value): emitConstant(.float(value), at: range)
        case .string(let text): emitString(text, at: range)
        case .interpolated(let parts): compileInterpolation(parts, at: range)
        case .name(let use): loadName(use)
        case .list(let elements): compileList(elements, at: range)
        case .map(let entries):
            for entry in entries {
                compileExpression(entry.key)
                compileExpression(entry.value)
            }
            emit(.buildMap, entries.count, at: range)
        case .unary(let op, let operand):
            if op == .negate, case .int(let value) = operand.kind {
                compileInt(-Int(value), at: range)
            } else {
                compileExpression(operand)
                emit(op == .negate ? .negate : .not, at: range)
            }
        case .binary(let op, let left, let right, let opRange):
            if op == .add || op == .subtract, case .name(let use) = left.kind, case .local(let slot) = use.resolution,
                slot <= 0xFFFF, var step = smallInt(right), abs(step) <= 127
            {
                if op == .subtract { step = -step }
                function.code.append(Instruction(.addLocalSmall, b: step, c: slot))
                function.offsets.append(Int32(truncatingIfNeeded: opRange.start))
                function.adjustHeight(by: 1)
                return
            }
            compileExpression(left)
            if let small = op.smallConstantOpcode, let constant = smallInt(right) {
                emit(small, constant, at: opRange)
            } else {
                compileExpression(right)
                emit(op.opcode, at: opRange)
            }
        case .logical(let op, let left, let right):
            compileExpression(left)
            let end = emitJump(op == .and ? .jumpIfFalseOrPop : .jumpIfTrueOrPop, at: range)
            compileExpression(right)
            patchJump(end)
        case .call(let callee, let arguments):
            compileCall(callee, arguments, awaiting: false, at: range)
        case .index(let container, let index):
            if let slot = Self.plainLocal(container), case .int(let position) = index.kind, (0...0xFFFF).contains(position) {
                emitLocalRead(.indexLocal, slot: slot, c: Int(position), at: index.range)
                return
            }
            compileExpression(container)
            compileExpression(index)
            emit(.index, at: index.range)
        case .slice(let container, let low, let high):
            compileExpression(container)
            if let low { compileExpression(low) }
            if let high { compileExpression(high) }
            emit(.slice, (low == nil ? 0 : 1) | (high == nil ? 0 : 2), at: range)
        case .member(let object, let name, let nameRange):
            if let slot = Self.plainLocal(object), nameConstant(name) <= 0xFFFF {
                emitLocalRead(.memberLocal, slot: slot, c: nameConstant(name), at: nameRange)
                return
            }
            compileExpression(object)
            emit(.member, nameConstant(name), at: nameRange)
        case .function(let decl):
            compileFunctionValue(decl)
        case .await(let operand):
            if case .call(let callee, let arguments) = operand.kind {
                compileCall(callee, arguments, awaiting: true, at: operand.range)
            } else {
                compileExpression(operand)
                emit(.await, at: range)
            }
        case .spawn(let operand):
            compileExpression(operand)
            if case .function(let decl) = operand.kind, decl.isAsync, decl.parameters.isEmpty {
                // `spawn { ... }`: the block is an async fn; spawn a call of it.
                emit(.call, 0, at: operand.range)
            }
            emit(.spawn, at: range)
        }
    }

    /// An int literal that fits an instruction's signed operand.
    func smallInt(_ expr: Expr) -> Int? {
        var value: Int64
        switch expr.kind {
        case .int(let i): value = i
        case .unary(.negate, let operand):
            guard case .int(let i) = operand.kind else { return nil }
            value = -i
        default: return nil
        }
        return abs(value) <= Int64(Instruction.maxOperand) ? Int(value) : nil
    }

    private func compileInt(_ value: Int, at range: SourceRange) {
        if value >= -Instruction.maxOperand && value <= Instruction.maxOperand {
            emit(.smallInt, value, at: range)
        } else {
            emitConstant(.int(value), at: range)
        }
    }

    private func compileInterpolation(_ parts: [StringPart], at range: SourceRange) {
        for part in parts {
            switch part {
            case .text(let text): emitString(text, at: range)
            case .expr(let expr): compileExpression(expr)
            }
        }
        emit(.buildString, parts.count, at: range)
    }

    private func compileList(_ elements: [ListElement], at range: SourceRange) {
        var leading = 0
        for element in elements {
            guard case .item(let item) = element else { break }
            compileExpression(item)
            leading += 1
        }
        emit(.buildList, leading, at: range)
        for element in elements.dropFirst(leading) {
            switch element {
            case .item(let item):
                compileExpression(item)
                emit(.listAppend, at: item.range)
            case .spread(let items):
                compileExpression(items)
                emit(.listExtend, at: items.range)
            }
        }
    }

    /// Pushes a function value: the prototype itself when it captures nothing, else a new closure.
    func compileFunctionValue(_ decl: FunctionDecl) {
        let proto = compileFunction(decl)
        let index = function.addConstant(.function(Unmanaged.passUnretained(proto)))
        if decl.captures.isEmpty {
            emit(.constant, index, at: decl.range)
        } else {
            emit(.closure, index, at: decl.range)
        }
    }

    // MARK: Calls

    /// `f(args)`, `obj.method(args)`, and their awaited forms. A call's position is where the callee starts.
    private func compileCall(_ callee: Expr, _ arguments: [Argument], awaiting: Bool, at range: SourceRange) {
        let isPlain = arguments.allSatisfy { if case .positional = $0 { true } else { false } }
        if case .member(let object, let name, _) = callee.kind {
            compileExpression(object)
            compileArguments(arguments)
            if isPlain && arguments.count <= 0xFF {
                emitInvoke(argumentCount: arguments.count, name: name, at: range)
            } else {
                emit(.invokeShaped, addShape(arguments, methodName: name), at: range)
            }
            if awaiting { emit(.await, at: range) }
            return
        }
        compileExpression(callee)
        compileArguments(arguments)
        if isPlain {
            emit(awaiting ? .callAwait : .call, arguments.count, at: range)
        } else {
            emit(.callShaped, addShape(arguments, methodName: nil), at: range)
            if awaiting { emit(.await, at: range) }
        }
    }

    private func compileArguments(_ arguments: [Argument]) {
        for argument in arguments {
            switch argument {
            case .positional(let value), .spread(let value), .labelled(_, let value, _):
                compileExpression(value)
            }
        }
    }

    private func addShape(_ arguments: [Argument], methodName: String?) -> Int {
        var shape = CallShape(spreads: [], labels: [], methodName: methodName)
        for argument in arguments {
            switch argument {
            case .positional: shape.spreads.append(false)
            case .spread: shape.spreads.append(true)
            case .labelled(let label, _, _): shape.labels.append(label)
            }
        }
        function.callShapes.append(shape)
        return function.callShapes.count - 1
    }
}
