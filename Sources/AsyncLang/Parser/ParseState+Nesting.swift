/// Nesting limits. Later passes walk the tree recursively, and the parser
/// itself recurses for brackets, blocks and operands, so both the depth of
/// the recursion and the depth of the tree built must stay below
/// `options.maxNesting`.
///
/// `depth` counts what encloses the current point: brackets, blocks,
/// function bodies, prefix operators, right operands. It bounds recursion.
/// Loops that build left-leaning chains (`a + b + c`, `f()()`, `a.b.c`) push
/// everything built so far one level down with each step without recursing,
/// so they measure their extent: the levels below the chain's start reached
/// by anything in it, which `deepest` tracks, against the larger
/// `maxExpressionDepth` (a flat `1 + 1 + …` is not deep nesting). `deepest`
/// never exceeds that limit, so a construct that went too deep is reported once, where it
/// crossed the limit, and not again by every chain around it.
extension ParseState {
    /// A left-leaning chain being built: where it started and how deep it reaches.
    struct Chain {
        let base: Int
        let outerDeepest: Int
        var extent = 0
    }

    /// Enters one level. Returns false, after reporting once, when the limit is passed;
    /// the caller still calls `leaveNesting()`.
    mutating func enterNesting(at range: SourceRange) -> Bool {
        depth += 1
        guard depth <= options.maxNesting else {
            reportNestingTooDeep(at: range)
            return false
        }
        if depth > deepest { deepest = depth }
        return true
    }

    mutating func leaveNesting() {
        depth -= 1
    }

    mutating func reportNestingTooDeep(at range: SourceRange) {
        guard !panicking else { return }
        report("nesting too deep (more than \(options.maxNesting) levels)", at: range)
        errorWasNestingTooDeep = true
    }

    mutating func reportExpressionTooLong(at range: SourceRange) {
        guard !panicking else { return }
        report("expression too long (more than \(options.maxExpressionDepth) operators deep)", at: range)
        errorWasNestingTooDeep = true
    }

    /// Starts a chain at the current depth, before its first operand is parsed.
    mutating func beginChain() -> Chain {
        let chain = Chain(base: depth, outerDeepest: deepest)
        deepest = depth
        return chain
    }

    /// Records how deep the chain's first operand reached.
    mutating func chainStarted(_ chain: inout Chain) {
        chain.extent = deepest - chain.base
        deepest = chain.base
    }

    /// The chain gains a node above everything so far (`op` is its operator);
    /// `deepest` holds how deep the new right-hand part reached.
    /// False, after reporting, when the chain is now too deep.
    mutating func chainGrew(_ chain: inout Chain, at op: SourceRange) -> Bool {
        chain.extent = max(chain.extent + 1, deepest - chain.base)
        deepest = chain.base
        guard chain.base + chain.extent <= options.maxExpressionDepth else {
            reportExpressionTooLong(at: op)
            // What is too deep has been reported and will be skipped: the
            // chains around it must not report it again.
            chain.extent = options.maxExpressionDepth - chain.base
            return false
        }
        return true
    }

    mutating func endChain(_ chain: Chain) {
        deepest = max(chain.outerDeepest, chain.base + chain.extent)
    }
}
