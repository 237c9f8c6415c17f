/// The comparison a `jumpUnlessSmall` makes.
enum SmallComparison: Int {
    case less, lessEqual, greater, greaterEqual, equal, notEqual
}

/// The operator of a `compoundLocal` / `compoundGlobal`.
enum CompoundOperator: Int {
    case add, subtract, multiply
}

/// The VM's instruction set. Stack effects are written `before -> after`.
enum Opcode: UInt8, CaseIterable {
    // Constants
    case pushNil  // -> nil
    case pushTrue
    case pushFalse
    case constant  // a: constant index
    case smallInt  // sa: the value

    // Variables
    case loadLocal  // a: slot
    case storeLocal  // a: slot; v ->
    case loadBoxed  // a: slot holding a Box
    case storeBoxed  // a: slot; v ->
    case defineBoxed  // a: slot; v -> (slot = new Box(v)): a fresh binding of a captured variable
    case makeBox  // a: slot; slot = new Box(nil), for a hoisted captured `fn`
    case loadCapture  // a: capture index
    case storeCapture
    case loadGlobal  // a: global index
    case storeGlobal
    case defineGlobal

    // Stack
    case pop
    /// `pop` of an expression statement's value: a native awaitable dropped there was never awaited (a warning).
    case popStatement
    case dup
    case dup2  // a b -> a b a b

    // Operators: l r -> result
    case add, subtract, multiply, divide, floorDivide, modulo, power
    case equal, notEqual, less, lessEqual, greater, greaterEqual, contains, notContains
    case negate, not  // v -> result
    /// Superinstructions: an operator with a small int constant (sa) as its right operand.
    case addSmall, subtractSmall, multiplySmall, moduloSmall  // l -> result
    /// Superinstructions for `x += k`: b is k (a signed byte), c the slot or global index.
    case incrementLocal, incrementGlobal
    /// Superinstruction for `x + k` with x a local: -> slots[c] + sb
    case addLocalSmall
    /// Superinstructions for `x op= v` on a plain local or a global: v -> ; b is the
    /// `CompoundOperator`, c the slot or global index.
    case compoundLocal, compoundGlobal

    // Jumps: sa is relative to the next instruction
    case jump
    case jumpIfFalse  // v ->
    case jumpIfTrue  // v ->
    case jumpIfFalseOrPop  // `and`: keeps v and jumps when falsy, else pops it
    case jumpIfTrueOrPop  // `or`
    case loop  // a backward jump; checks for interrupts
    case skipIfArgumentGiven  // a: slot; the next word is the jump offset when the slot holds an argument
    /// Superinstructions: compare and jump when the comparison is false. l r ->
    case jumpIfNotLess, jumpIfNotLessEqual, jumpIfNotGreater, jumpIfNotGreaterEqual, jumpIfNotEqual, jumpIfEqual
    /// Superinstruction: compare with a small constant (c, signed 16-bit) by comparison b
    /// (a `SmallComparison`) and jump by the next word when false. l ->
    case jumpUnlessSmall

    // Calls
    case call  // a: argc; callee args -> result
    case callShaped  // a: constant index of a CallShape (labels, spreads)
    case invoke  // b: argc, c: name constant; receiver args -> result
    case invokeShaped  // a: constant index of a CallShape with a method name
    case callAwait  // a: argc; call then await the result (no coroutine object for script async fns)
    case returnValue  // v ->
    case returnNil
    case returnLocal  // a: slot; returns it

    // Collections and members
    case buildList  // a: count
    case listAppend  // list v -> list
    case listExtend  // list iterable -> list
    case buildMap  // a: pairs; k1 v1 ... -> map
    case buildString  // a: parts -> string
    case index  // container key -> value
    case storeIndex  // container key value ->
    case slice  // a: bit 0 low present, bit 1 high present; container [low] [high] -> value
    case member  // a: name constant; object -> value
    /// Superinstructions on a local read in place (no copy of the container): `p.x` and `node[0]`.
    case memberLocal  // b: slot, c: name constant; -> value
    case indexLocal  // b: slot, c: a non-negative int index; -> value
    case storeMemberLocal  // b: slot, c: name constant; value -> (`p.x = v`, `p.x += v`)
    case storeMember  // a: name constant; object value ->
    case closure  // a: constant index of the prototype

    // Iteration
    case getIterator  // iterable -> iterator
    case forIter  // sa: exit offset; iterator -> iterator value, or jumps when done (the iterator stays)
    /// Superinstruction: `forIter` then `storeLocal a`; the next word is the exit offset.
    case forIterLocal
    case unpack  // a: count; list -> item0 ... itemN-1 (the last on top)
    /// `for await`: iterator -> iterator next, awaiting it (may suspend); `undefined` when exhausted.
    case asyncNext
    case jumpIfUndefined  // sa: offset; pops an `undefined` on top and jumps, else leaves the value

    // Errors
    case setupTry  // sa: handler offset
    case popTry
    case throwError  // v ->
    case rethrow  // error -> (rethrows keeping its trace)
    case matchError  // a: constant index of a kinds list; error -> error bool

    // Generators and concurrency
    case yield  // v -> (resumes with nil pushed)
    case await  // awaitable -> result
    case spawn  // awaitable -> task
    case cancel  // task ->

    // Contexts
    case withEnter  // context -> context entered
    case withExit  // a: depth of the context below the top; pushes what its exit(nil) returns
    case withExitError  // context error -> context error result-of-exit(error)
}
