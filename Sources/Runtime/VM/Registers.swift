/// The VM loop's working copy of the running frame, held in local variables so
/// the hot path never touches class properties. `load` reads it from the
/// fiber after a call, return, fiber switch or anything that may have moved
/// the stack; `save` writes it back before the fiber is looked at from outside.
struct Registers {
    var ip: UnsafeMutablePointer<Instruction>
    var sp: UnsafeMutablePointer<Value>
    var slots: UnsafeMutablePointer<Value>
    var constants: UnsafeMutablePointer<Value>
    var frame: UnsafeMutablePointer<CallFrame>
    var state: UnsafeMutablePointer<FiberState>
    /// True from `save` until the next `load`: the fiber holds the truth, and
    /// these copies may be stale (a callback may have moved the stack).
    var isSaved = false

    @inline(__always) init(_ state: UnsafeMutablePointer<FiberState>) {
        self.state = state
        let frame = state.pointee.frames + (state.pointee.frameCount - 1)
        self.frame = frame
        self.ip = frame.pointee.ip
        self.slots = state.pointee.stack + frame.pointee.base
        self.sp = state.pointee.stack + state.pointee.top
        self.constants = frame.pointee.proto._withUnsafeGuaranteedRef { $0.constants }
    }

    @inline(__always) mutating func load(_ state: UnsafeMutablePointer<FiberState>) {
        self = Registers(state)
    }

    @inline(__always) mutating func save() {
        frame.pointee.ip = ip
        state.pointee.top = sp - state.pointee.stack
        isSaved = true
    }

    @inline(__always) mutating func push(_ value: Value) {
        sp.initialize(to: value)
        sp += 1
    }

    @inline(__always) mutating func pop() -> Value {
        sp -= 1
        return sp.move()
    }

    /// Index in the stack of a pointer into it.
    @inline(__always) func index(of pointer: UnsafeMutablePointer<Value>) -> Int {
        pointer - state.pointee.stack
    }
}
