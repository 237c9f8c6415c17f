/// Compound statements: `if`, `while`, `for`, `try`, `with`.
extension ParseState {
    // ifStatement → "if" expression block ("else" "if" expression block)* ("else" block)?
    mutating func parseIf() -> Stmt {
        let keyword = advance()
        var branches: [ConditionalBlock] = []
        var elseBlock: Block?
        while true {
            let condition = parseExpression()
            let body = parseBlock(after: "the condition of 'if'")
            branches.append(ConditionalBlock(condition: condition, body: body))
            guard !panicking, skipNewline(before: .kwElse) else { break }
            advance()
            guard match(.kwIf) else {
                elseBlock = parseBlock(after: "'else'", expecting: "'{' or 'if'")
                break
            }
        }
        return Stmt(.ifChain(branches, elseBlock: elseBlock), range(from: keyword.start))
    }

    // whileStatement → "while" expression block
    mutating func parseWhile() -> Stmt {
        let keyword = advance()
        let condition = parseExpression()
        let body = parseBlock(after: "the condition of 'while'")
        return Stmt(.whileLoop(condition, body), range(from: keyword.start))
    }

    // forStatement → "for" "await"? NAME ("," NAME)* "in" expression block
    mutating func parseFor() -> Stmt? {
        let keyword = advance()
        let isAwait = match(.kwAwait)
        var names: [VarDecl] = []
        repeat {
            skipNewline()
            let token = peek()
            guard token.kind == .identifier else {
                reportExpected(names.isEmpty ? "a loop variable name after 'for'" : "a loop variable name after ','")
                return nil
            }
            advance()
            names.append(VarDecl(name: text(of: token), range: token.range, isMutable: true))
        } while match(.comma)
        guard match(.kwIn) else {
            reportExpected(names.count == 1 ? "'in' after the loop variable" : "'in' after the loop variables")
            return nil
        }
        let iterable = parseExpression()
        let body = parseBlock(after: "the iterable of 'for'")
        return Stmt(.forLoop(names, iterable, body, isAwait: isAwait), range(from: keyword.start))
    }

    // tryStatement → "try" block catchClause* ("finally" block)?    (at least one of them)
    mutating func parseTry() -> Stmt {
        let keyword = advance()
        let body = parseBlock(after: "'try'")
        var clauses: [CatchClause] = []
        while !panicking && skipNewline(before: .kwCatch) {
            clauses.append(parseCatch())
        }
        var finallyBlock: Block?
        if !panicking && skipNewline(before: .kwFinally) {
            advance()
            finallyBlock = parseBlock(after: "'finally'")
        }
        if !panicking && clauses.isEmpty && finallyBlock == nil {
            // At the very end, more input could still bring the `catch` (the REPL asks for it).
            if rawToken.kind == .newline && rawToken(at: 1).kind == .endOfInput { advanceRaw() }
            reportExpected("'catch' or 'finally' after the 'try' block")
        }
        return Stmt(.tryCatch(body, clauses, finally: finallyBlock), range(from: keyword.start))
    }

    // catchClause → "catch" (KIND ("," KIND)* ("as" NAME)? | NAME)? block
    //   KIND starts with an uppercase letter; a lowercase NAME receives any error.
    private mutating func parseCatch() -> CatchClause {
        let keyword = advance()
        var kinds: [String] = []
        var binding: VarDecl?
        if check(.identifier) {
            let first = advance()
            if isErrorKind(first) {
                kinds = parseMoreErrorKinds(after: first)
                if !panicking && match(.kwAs) { binding = parseBindingName(after: "'as'", isMutable: true) }
            } else {
                binding = VarDecl(name: text(of: first), range: first.range, isMutable: true)
                if check(.kwAs) {
                    report(
                        "'\(text(of: first))' starts with a lowercase letter, so it names the error variable; "
                            + "an error kind to match starts with an uppercase letter", at: first.range)
                }
            }
        }
        let body = parseBlock(after: kinds.isEmpty && binding == nil ? "'catch'" : "the 'catch' clause")
        return CatchClause(kinds: kinds, binding: binding, body: body, range: range(from: keyword.start))
    }

    private mutating func parseMoreErrorKinds(after first: Token) -> [String] {
        var kinds = [text(of: first)]
        while match(.comma) {
            skipNewline()
            let token = peek()
            guard token.kind == .identifier, isErrorKind(token) else {
                reportExpected("an error kind (a name starting with an uppercase letter) after ','")
                break
            }
            advance()
            kinds.append(text(of: token))
        }
        return kinds
    }

    private func isErrorKind(_ token: Token) -> Bool {
        let first = bytes[token.start]
        return first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z")
    }

    // withStatement → "with" expression ("as" NAME)? block
    mutating func parseWith() -> Stmt {
        let keyword = advance()
        let context = parseExpression()
        var binding: VarDecl?
        if !panicking && match(.kwAs) { binding = parseBindingName(after: "'as'", isMutable: false) }
        let body = parseBlock(after: binding.map { "'with ... as \($0.name)'" } ?? "the context of 'with'")
        return Stmt(.with(context, binding, body), range(from: keyword.start))
    }

    private mutating func parseBindingName(after what: String, isMutable: Bool) -> VarDecl? {
        let token = peek()
        guard token.kind == .identifier else {
            reportExpected("a name after \(what)")
            return nil
        }
        advance()
        return VarDecl(name: text(of: token), range: token.range, isMutable: isMutable)
    }
}
