/// One block's names inside the function being resolved.
struct Scope {
    var variables: [String: VarDecl] = [:]
    /// The first slot this block may use; slots above it are free again when it ends.
    let firstSlot: Int
    /// True for the script's top level, whose names are globals.
    let isGlobal: Bool
}

/// The resolver's state for one function: its block scopes, slot counter, captures and loops.
final class FunctionContext {
    let decl: FunctionDecl
    let enclosing: FunctionContext?
    var scopes: [Scope] = []
    var nextSlot = 1  // slot 0 holds the callee
    var maxSlot = 1
    /// Captured outer variables, by identity, in capture-index order.
    var captureIndex: [ObjectIdentifier: Int] = [:]
    var loopDepth = 0
    /// Name uses bound to a local of this function; their final form (plain or boxed) is known only at the end.
    var localUses: [(NameRef, VarDecl)] = []
    var declaredLocals: [VarDecl] = []
    /// Locals that an inner function captures, so they live in boxes.
    var captured: Set<ObjectIdentifier> = []

    init(decl: FunctionDecl, enclosing: FunctionContext?) {
        self.decl = decl
        self.enclosing = enclosing
    }

    var isMain: Bool { enclosing == nil }

    func allocateSlot() -> Int {
        let slot = nextSlot
        nextSlot += 1
        maxSlot = max(maxSlot, nextSlot)
        return slot
    }

    func lookupLocal(_ name: String) -> VarDecl? {
        for scope in scopes.reversed() where !scope.isGlobal {
            if let variable = scope.variables[name] { return variable }
        }
        return nil
    }
}
