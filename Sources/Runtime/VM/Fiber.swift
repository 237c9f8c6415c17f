/// One activation record. Frames live in their fiber's frame array, never on
/// the native stack, so a script call does not recurse in Swift.
struct CallFrame {
    /// The next instruction to run (saved when the frame is not on top).
    var ip: UnsafeMutablePointer<Instruction>
    /// Index in the fiber's stack of slot 0 (the callee); parameters follow.
    var base: Int
    var proto: Unmanaged<FunctionProto>
    /// The closure whose captures the code reads; it stays alive in slot 0.
    var closure: Unmanaged<Closure>?
    /// A native function called into the VM here: returning from this frame
    /// ends that nested run and hands the result back to the native.
    var isBoundary: Bool
    /// What to do with the result when this frame returns.
    var onReturn: ReturnAction

    init(
        ip: UnsafeMutablePointer<Instruction>, base: Int, proto: Unmanaged<FunctionProto>,
        closure: Unmanaged<Closure>?, isBoundary: Bool = false, onReturn: ReturnAction = .none
    ) {
        self.ip = ip
        self.base = base
        self.proto = proto
        self.closure = closure
        self.isBoundary = isBoundary
        self.onReturn = onReturn
    }
}

/// Work left for the caller's side of a call once the callee returns.
enum ReturnAction: UInt8 {
    case none
    /// `await f()` called a plain function: await what it returns.
    case await
    /// A context's `enter`/`exit` returned: await it only if it is awaitable.
    case awaitIfAwaitable
}

/// An active `try`: where to go, and how far to unwind, when an error is thrown.
struct Handler {
    var frameIndex: Int
    /// Stack height to restore before pushing the error.
    var height: Int
    var target: UnsafeMutablePointer<Instruction>
}

/// The mutable state of a fiber, kept behind a raw pointer so the VM's loop
/// reads and writes it without reference counting or exclusivity checks.
struct FiberState {
    var stack: UnsafeMutablePointer<Value>
    var capacity: Int
    /// Number of live values on the stack.
    var top: Int
    var frames: UnsafeMutablePointer<CallFrame>
    var frameCount: Int
    var frameCapacity: Int
    var handlers: UnsafeMutablePointer<Handler>
    var handlerCount: Int
    var handlerCapacity: Int
    /// Frames of the fibers that resumed this one (a generator's consumers), which
    /// count towards the call-depth limit like frames of this fiber.
    var framesBelow: Int
}

/// A stack of frames and values that can be suspended and resumed: a task,
/// a generator, or the main program. Switching fibers is switching pointers.
final class Fiber {
    enum Status { case fresh, running, suspended, done }

    let state: UnsafeMutablePointer<FiberState>
    // @exclusivity(unchecked) in this file: see "Exclusivity" in Sources/Runtime/README.md.
    @exclusivity(unchecked) var status: Status = .fresh
    /// The fiber that resumed this one (a generator's consumer); it continues when this one yields.
    @exclusivity(unchecked) var resumer: Fiber?
    /// Resumed by a native function (`list(gen)`), so a yield ends that native's nested run.
    @exclusivity(unchecked) var resumedByNative = false
    /// Resumed by a `forIterLocal` that takes each value into this slot of the
    /// consumer's frame (-1: a `forIter`, which takes it on the stack;
    /// `asyncConsumer`: a `for await`, which takes it on the stack and an
    /// `undefined` when the generator ends).
    @exclusivity(unchecked) var consumerSlot = -1
    static let asyncConsumer = -2

    /// A fiber sized for one frame needing `stackCapacity` values. Its state,
    /// first frame and first stack are one allocation (a sleeping task should
    /// cost a few hundred bytes); a part that outgrows it moves to an
    /// allocation of its own. Handlers are allocated at the first `try`.
    init(stackCapacity: Int) {
        let capacity = max(stackCapacity, 4)
        let block = UnsafeMutableRawPointer.allocate(
            byteCount: Self.stackOffset + capacity * MemoryLayout<Value>.stride, alignment: 16)
        state = block.bindMemory(to: FiberState.self, capacity: 1)
        state.initialize(
            to: FiberState(
                stack: (block + Self.stackOffset).bindMemory(to: Value.self, capacity: capacity), capacity: capacity,
                top: 0, frames: (block + Self.framesOffset).bindMemory(to: CallFrame.self, capacity: 1),
                frameCount: 0, frameCapacity: 1, handlers: Self.noHandlers, handlerCount: 0, handlerCapacity: 0,
                framesBelow: 0))
    }

    // The block's layout: the state, then one frame, then the stack, each at an
    // offset rounded up to its type's alignment; the block's 16-byte alignment
    // covers all three (none needs more), so each `bindMemory` above is aligned.
    private static let framesOffset = roundUp(MemoryLayout<FiberState>.size, to: MemoryLayout<CallFrame>.alignment)
    private static let stackOffset = roundUp(
        framesOffset + MemoryLayout<CallFrame>.stride, to: MemoryLayout<Value>.alignment)
    /// Before the first `try` a fiber has no handler buffer: this marker, never read or written.
    private static var noHandlers: UnsafeMutablePointer<Handler> { UnsafeMutablePointer(bitPattern: 0x8)! }

    private static func roundUp(_ size: Int, to alignment: Int) -> Int {
        (size + alignment - 1) / alignment * alignment
    }

    /// The parts that came with the fiber's own allocation (not freed alone).
    private var inlineFrames: UnsafeMutablePointer<CallFrame> {
        (UnsafeMutableRawPointer(state) + Self.framesOffset).assumingMemoryBound(to: CallFrame.self)
    }
    private var inlineStack: UnsafeMutablePointer<Value> {
        (UnsafeMutableRawPointer(state) + Self.stackOffset).assumingMemoryBound(to: Value.self)
    }

    deinit {
        let s = state.pointee
        for i in 0..<s.top { (s.stack + i).deinitialize(count: 1) }
        if s.stack != inlineStack { s.stack.deallocate() }
        if s.frames != inlineFrames { s.frames.deallocate() }
        if s.handlers != Self.noHandlers { s.handlers.deallocate() }
        UnsafeMutableRawPointer(state).deallocate()
    }

    /// Makes room for `count` more values above `top`; the stack may move.
    @inline(__always) func reserve(_ count: Int) {
        if state.pointee.top + count > state.pointee.capacity { growStack(count) }
    }

    @inline(never) private func growStack(_ count: Int) {
        let s = state
        let needed = s.pointee.top + count
        guard needed > s.pointee.capacity else { return }
        var newCapacity = s.pointee.capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newStack = UnsafeMutablePointer<Value>.allocate(capacity: newCapacity)
        newStack.moveInitialize(from: s.pointee.stack, count: s.pointee.top)
        if s.pointee.stack != inlineStack { s.pointee.stack.deallocate() }
        s.pointee.stack = newStack
        s.pointee.capacity = newCapacity
    }

    @inline(__always) func pushFrame(_ frame: CallFrame) {
        let s = state
        if s.pointee.frameCount == s.pointee.frameCapacity { growFrames() }
        (s.pointee.frames + s.pointee.frameCount).initialize(to: frame)
        s.pointee.frameCount += 1
    }

    @inline(never) private func growFrames() {
        Fiber.grow(
            &state.pointee.frames, count: state.pointee.frameCount, capacity: &state.pointee.frameCapacity,
            inline: inlineFrames)
    }

    func pushHandler(_ handler: Handler) {
        let s = state
        if s.pointee.handlerCapacity == 0 {
            s.pointee.handlers = .allocate(capacity: 2)
            s.pointee.handlerCapacity = 2
        } else if s.pointee.handlerCount == s.pointee.handlerCapacity {
            Fiber.grow(
                &s.pointee.handlers, count: s.pointee.handlerCount, capacity: &s.pointee.handlerCapacity,
                inline: Self.noHandlers)
        }
        (s.pointee.handlers + s.pointee.handlerCount).initialize(to: handler)
        s.pointee.handlerCount += 1
    }

    /// Doubles a buffer's capacity, moving its `count` elements; the inline buffer is not freed.
    private static func grow<T>(
        _ buffer: inout UnsafeMutablePointer<T>, count: Int, capacity: inout Int, inline: UnsafeMutablePointer<T>
    ) {
        let newCapacity = capacity * 2
        let moved = UnsafeMutablePointer<T>.allocate(capacity: newCapacity)
        moved.moveInitialize(from: buffer, count: count)
        if buffer != inline { buffer.deallocate() }
        buffer = moved
        capacity = newCapacity
    }

    func push(_ value: Value) {
        reserve(1)
        (state.pointee.stack + state.pointee.top).initialize(to: value)
        state.pointee.top += 1
    }

    /// Drops values until `height` remain.
    func truncate(to height: Int) {
        let s = state
        while s.pointee.top > height {
            s.pointee.top -= 1
            let slot = s.pointee.stack + s.pointee.top
            if case .object = slot.pointee { slot.deinitialize(count: 1) }
        }
    }

    /// Releases everything; the fiber can no longer run.
    func clear() {
        truncate(to: 0)
        state.pointee.frameCount = 0
        state.pointee.handlerCount = 0
        status = .done
    }
}
