@testable import AsyncLang

/// Prints a tree as an S-expression, so a test can state the shape it
/// expects in one line: `1 + 2 * 3` is `(+ 1 (* 2 3))`.
enum SExpression {
    static func of(_ block: Block) -> String {
        list(["block"] + block.statements.map(of))
    }

    static func of(_ statement: Stmt) -> String {
        switch statement.kind {
        case .expression(let expr): return of(expr)
        case .variable(let decl, let value):
            return list([decl.isMutable ? "var" : "let", decl.name] + (value.map { [of($0)] } ?? []))
        case .assign(let target, let value): return list(["=", of(target), of(value)])
        case .compoundAssign(let target, let op, let value, _): return list(["\(op.rawValue)=", of(target), of(value)])
        case .function(let function): return of(function)
        case .ifChain(let branches, let elseBlock):
            let parts = branches.flatMap { [of($0.condition), of($0.body)] }
            return list(["if"] + parts + (elseBlock.map { ["else", of($0)] } ?? []))
        case .whileLoop(let condition, let body): return list(["while", of(condition), of(body)])
        case .forLoop(let names, let iterable, let body, let isAwait):
            return list([isAwait ? "for-await" : "for", list(names.map(\.name)), of(iterable), of(body)])
        case .breakLoop: return "(break)"
        case .continueLoop: return "(continue)"
        case .returnValue(let value): return list(["return"] + (value.map { [of($0)] } ?? []))
        case .throwError(let value): return list(["throw", of(value)])
        case .tryCatch(let body, let clauses, let finallyBlock):
            return list(
                ["try", of(body)] + clauses.map(of) + (finallyBlock.map { [list(["finally", of($0)])] } ?? []))
        case .with(let context, let binding, let body):
            return list(["with", of(context)] + (binding.map { [$0.name] } ?? []) + [of(body)])
        case .yield(let value): return list(["yield", of(value)])
        case .cancel(let value): return list(["cancel", of(value)])
        }
    }

    static func of(_ clause: CatchClause) -> String {
        list(["catch", list(clause.kinds), clause.binding?.name ?? "_", of(clause.body)])
    }

    static func of(_ function: FunctionDecl) -> String {
        var head = ["fn", function.name]
        if function.isAsync { head.append("async") }
        if function.isGenerator { head.append("generator") }
        let parameters = function.parameters.map { parameter in
            parameter.defaultValue.map { "\(parameter.variable.name)=\(of($0))" } ?? parameter.variable.name
        }
        return list(head + [list(parameters), of(function.body)])
    }

    static func of(_ target: AssignTarget) -> String {
        switch target {
        case .name(let name): return name.name
        case .index(let object, let index): return list(["index", of(object), of(index)])
        case .member(let object, let name, _): return list([".", of(object), name])
        }
    }

    static func of(_ expr: Expr) -> String {
        switch expr.kind {
        case .nilLiteral: return "nil"
        case .bool(let value): return "\(value)"
        case .int(let value): return "\(value)"
        case .float(let value): return "\(value)"
        case .string(let text): return quoted(text)
        case .interpolated(let parts): return list(["str"] + parts.map(of))
        case .name(let name): return name.name
        case .list(let elements): return list(["list"] + elements.map(of))
        case .map(let entries): return list(["map"] + entries.map { list([of($0.key), of($0.value)]) })
        case .unary(let op, let operand): return list([op.rawValue, of(operand)])
        case .binary(let op, let left, let right, _): return list([op.rawValue, of(left), of(right)])
        case .logical(let op, let left, let right): return list([op.rawValue, of(left), of(right)])
        case .call(let callee, let arguments): return list(["call", of(callee)] + arguments.map(of))
        case .index(let object, let index): return list(["index", of(object), of(index)])
        case .slice(let object, let lower, let upper):
            return list(["slice", of(object), lower.map(of) ?? "_", upper.map(of) ?? "_"])
        case .member(let object, let name, _): return list([".", of(object), name])
        case .function(let function): return of(function)
        case .await(let operand): return list(["await", of(operand)])
        case .spawn(let operand): return list(["spawn", of(operand)])
        }
    }

    private static func of(_ part: StringPart) -> String {
        switch part {
        case .text(let text): return quoted(text)
        case .expr(let expr): return of(expr)
        }
    }

    private static func of(_ element: ListElement) -> String {
        switch element {
        case .item(let expr): return of(expr)
        case .spread(let expr): return list(["...", of(expr)])
        }
    }

    private static func of(_ argument: Argument) -> String {
        switch argument {
        case .positional(let expr): return of(expr)
        case .labelled(let label, let expr, _): return list(["\(label):", of(expr)])
        case .spread(let expr): return list(["...", of(expr)])
        }
    }

    private static func list(_ items: [String]) -> String {
        "(" + items.joined(separator: " ") + ")"
    }

    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
