extension Resolver {
    func resolveExpression(_ expr: Expr) {
        switch expr.kind {
        case .nilLiteral, .bool, .int, .float, .string:
            break
        case .interpolated(let parts):
            for case .expr(let part) in parts { resolveExpression(part) }
        case .name(let use):
            resolveName(use)
        case .list(let elements):
            for element in elements {
                switch element {
                case .item(let item), .spread(let item): resolveExpression(item)
                }
            }
        case .map(let entries):
            for entry in entries {
                resolveExpression(entry.key)
                resolveExpression(entry.value)
            }
        case .unary(_, let operand):
            resolveExpression(operand)
        case .binary(_, let left, let right, _), .logical(_, let left, let right):
            resolveExpression(left)
            resolveExpression(right)
        case .call(let callee, let arguments):
            resolveExpression(callee)
            resolveArguments(arguments)
        case .index(let container, let index):
            resolveExpression(container)
            resolveExpression(index)
        case .slice(let container, let low, let high):
            resolveExpression(container)
            if let low { resolveExpression(low) }
            if let high { resolveExpression(high) }
        case .member(let container, _, _):
            resolveExpression(container)
        case .function(let decl):
            resolveFunction(decl)
        case .await(let operand):
            if !function.decl.isAsync {
                error("'await' is only allowed inside an 'async fn'; mark the function 'async fn'", at: expr.range)
            }
            resolveExpression(operand)
        case .spawn(let operand):
            resolveExpression(operand)
        }
    }

    private func resolveArguments(_ arguments: [Argument]) {
        for argument in arguments {
            switch argument {
            case .positional(let value), .spread(let value), .labelled(_, let value, _):
                resolveExpression(value)
            }
        }
    }
}
