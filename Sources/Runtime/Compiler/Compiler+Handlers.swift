import AsyncLang

/// `try`/`catch`/`finally` and `with`. A handler (`setupTry`) catches what the
/// protected code throws; `finally` blocks are compiled inline on every way out:
/// falling through, each jump out (see `compileExits`), and the rethrow path.
extension Compiler {
    func compileTry(_ body: Block, _ clauses: [CatchClause], _ finallyBlock: Block?) {
        let height = function.height
        let constructsBelow = function.constructs.count
        if let finallyBlock {
            function.constructs.append(.finally(finallyBlock, constructsBelow: constructsBelow))
        }
        let setup = emitJump(.setupTry, at: body.range)
        compileProtected(body)
        compileFinallyInline(finallyBlock, constructsBelow: constructsBelow)
        var endJumps = [emitJump(.jump, at: body.range)]

        // The handler: the stack is back at `height` with the error pushed.
        patchJump(setup)
        function.height = height + 1
        var catchBodyHandlers: [Int] = []
        for clause in clauses {
            emit(.matchError, errorKindList(clause.kinds), at: clause.range)
            let next = emitJump(.jumpIfFalse, at: clause.range)
            if let binding = clause.binding { defineVariable(binding) } else { emit(.pop, at: clause.range) }
            if finallyBlock != nil {
                catchBodyHandlers.append(emitJump(.setupTry, at: clause.range))
                compileProtected(clause.body)
            } else {
                compileBlock(clause.body)
            }
            compileFinallyInline(finallyBlock, constructsBelow: constructsBelow)
            endJumps.append(emitJump(.jump, at: clause.range))
            patchJump(next)
            function.height = height + 1
        }
        compileFinallyThenRethrow(finallyBlock, constructsBelow: constructsBelow, height: height, at: body.range)
        if !catchBodyHandlers.isEmpty {
            // An error thrown inside a catch body still runs `finally`.
            catchBodyHandlers.forEach(patchJump)
            function.height = height + 1
            compileFinallyThenRethrow(finallyBlock, constructsBelow: constructsBelow, height: height, at: body.range)
        }
        endJumps.forEach(patchJump)
        function.height = height
        function.constructs.removeSubrange(constructsBelow...)
    }

    /// The body between a `setupTry` and its `popTry`.
    private func compileProtected(_ block: Block) {
        function.constructs.append(.handler)
        compileBlock(block)
        function.constructs.removeLast()
        emit(.popTry, at: SourceRange(start: block.range.end, end: block.range.end))
    }

    /// The `finally` block on a normal way out, compiled outside its own construct
    /// so a `return` inside it does not run it again.
    private func compileFinallyInline(_ block: Block?, constructsBelow: Int) {
        guard let block else { return }
        let saved = function.constructs
        function.constructs = Array(saved[..<constructsBelow])
        compileBlock(block)
        function.constructs = saved
    }

    /// With the error on top of the stack: runs `finally` (if any) and rethrows.
    private func compileFinallyThenRethrow(_ block: Block?, constructsBelow: Int, height: Int, at range: SourceRange) {
        if let block {
            let saved = function.constructs
            function.constructs = Array(saved[..<constructsBelow]) + [.pendingError(height: height)]
            compileBlock(block)
            function.constructs = saved
        }
        emit(.rethrow, at: range)
    }

    private func errorKindList(_ kinds: [String]) -> Int {
        function.errorKindLists.append(kinds)
        return function.errorKindLists.count - 1
    }

    // MARK: with

    /// `with e as name { body }`: enter, run the body under a handler, and exit
    /// with nil on the way out, or with the error on a throw (a true result
    /// from `exit` swallows the error, as in Python).
    func compileWith(_ context: Expr, _ binding: VarDecl?, _ body: Block, at range: SourceRange) {
        let height = function.height
        compileExpression(context)
        emit(.withEnter, at: context.range)
        if let binding { defineVariable(binding) } else { emit(.pop, at: context.range) }
        function.constructs.append(.context(height: height))
        let setup = emitJump(.setupTry, at: body.range)
        compileProtected(body)
        function.constructs.removeLast()
        let end = SourceRange(start: body.range.end, end: body.range.end)
        emit(.withExit, 0, at: end)
        emit(.pop, at: end)
        emit(.pop, at: end)
        let done = emitJump(.jump, at: end)
        patchJump(setup)
        function.height = height + 2
        emit(.withExitError, at: end)
        let swallowed = emitJump(.jumpIfTrue, at: end)
        emit(.rethrow, at: end)
        patchJump(swallowed)
        function.height = height + 2
        emit(.pop, at: end)
        emit(.pop, at: end)
        patchJump(done)
        function.height = height
    }
}
