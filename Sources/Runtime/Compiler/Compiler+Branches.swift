import AsyncLang

/// Conditions of `if` and `while` compiled straight into jumps: comparisons
/// fuse with their jump, and `and`/`or`/`not` become jump chains instead of
/// building a bool and testing it.
extension Compiler {
    /// Emits `condition` so execution falls through when it is true; returns the
    /// jumps taken when it is false, for the caller to patch.
    func compileJumpsUnless(_ condition: Expr) -> [Int] {
        switch condition.kind {
        case .binary(let op, let left, let right, let opRange):
            guard let jump = op.jumpUnlessOpcode else { break }
            compileExpression(left)
            if let comparison = op.smallComparison, let constant = smallInt(right), abs(constant) <= Int(Int16.max) {
                function.code.append(Instruction(.jumpUnlessSmall, b: comparison.rawValue, c: constant))
                function.offsets.append(Int32(truncatingIfNeeded: opRange.start))
                function.adjustHeight(by: -1)
                return [-(emitJumpWord() + 1)]
            }
            compileExpression(right)
            return [emitJump(jump, at: opRange)]
        case .logical(.and, let left, let right):
            return compileJumpsUnless(left) + compileJumpsUnless(right)
        case .logical(.or, let left, let right):
            let whenTrue = compileJumpsIf(left)
            let whenFalse = compileJumpsUnless(right)
            whenTrue.forEach(patchJump)
            return whenFalse
        case .unary(.not, let operand):
            return compileJumpsIf(operand)
        default:
            break
        }
        compileExpression(condition)
        return [emitJump(.jumpIfFalse, at: condition.range)]
    }

    /// Emits `condition` so execution falls through when it is false; returns the jumps taken when it is true.
    func compileJumpsIf(_ condition: Expr) -> [Int] {
        switch condition.kind {
        case .logical(.or, let left, let right):
            return compileJumpsIf(left) + compileJumpsIf(right)
        case .logical(.and, let left, let right):
            let whenFalse = compileJumpsUnless(left)
            let whenTrue = compileJumpsIf(right)
            whenFalse.forEach(patchJump)
            return whenTrue
        case .unary(.not, let operand):
            return compileJumpsUnless(operand)
        default:
            compileExpression(condition)
            return [emitJump(.jumpIfTrue, at: condition.range)]
        }
    }
}
