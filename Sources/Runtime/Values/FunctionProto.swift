import AsyncLang

/// A compiled function: its bytecode, constants and the facts a call needs.
/// Prototypes are immortal for the life of their interpreter (it keeps every
/// one it compiles), which lets a capture-free function be a plain
/// `Value.function` that costs nothing to copy.
public final class FunctionProto {
    public let name: String
    let file: SourceFile
    let parameterNames: [String]
    /// Whether each parameter has a default value.
    let parameterHasDefault: [Bool]
    let isAsync: Bool
    let isGenerator: Bool
    /// Neither async nor a generator: a call runs the body at once.
    let isPlain: Bool
    /// Frame slots: the callee, the parameters, then locals.
    let slotCount: Int
    let captureSources: [CaptureSource]
    /// Source offset of the function's declaration, for `<fn name>` messages.
    let declarationOffset: Int

    // @exclusivity(unchecked) in this file: see "Exclusivity" in Sources/Runtime/README.md.
    /// Bytecode; owned by this prototype.
    @exclusivity(unchecked) private(set) var code: UnsafeMutablePointer<Instruction>
    @exclusivity(unchecked) private(set) var codeCount: Int
    /// Constants; owned by this prototype.
    @exclusivity(unchecked) private(set) var constants: UnsafeMutablePointer<Value>
    @exclusivity(unchecked) private(set) var constantCount: Int
    /// Shapes of calls with labels or spreads (`callShaped`), and kind lists of `catch` clauses.
    @exclusivity(unchecked) private(set) var callShapes: [CallShape] = []
    @exclusivity(unchecked) private(set) var errorKindLists: [[String]] = []
    /// Byte offset into `file` of each instruction, for errors and traces.
    @exclusivity(unchecked) private(set) var offsets: [Int32]
    /// The deepest the operand stack gets above the slots.
    @exclusivity(unchecked) private(set) var maxStack: Int

    /// Number of parameters (stored: the call fast path reads it on every call).
    let arity: Int

    init(
        name: String, file: SourceFile, parameterNames: [String], parameterHasDefault: [Bool], isAsync: Bool, isGenerator: Bool, slotCount: Int, captureSources: [CaptureSource], declarationOffset: Int
    ) {
        self.name = name
        self.file = file
        self.parameterNames = parameterNames
        self.arity = parameterNames.count
        self.parameterHasDefault = parameterHasDefault
        self.isAsync = isAsync
        self.isGenerator = isGenerator
        self.isPlain = !isAsync && !isGenerator
        self.slotCount = slotCount
        self.captureSources = captureSources
        self.declarationOffset = declarationOffset
        self.code = .allocate(capacity: 1)
        self.codeCount = 0
        self.constants = .allocate(capacity: 1)
        self.constantCount = 0
        self.offsets = []
        self.maxStack = 0
    }

    /// Installs the compiled body; called once by the compiler.
    func install(
        code instructions: [Instruction], constants values: [Value], offsets: [Int32], maxStack: Int,
        callShapes: [CallShape], errorKindLists: [[String]]
    ) {
        self.callShapes = callShapes
        self.errorKindLists = errorKindLists
        code.deallocate()
        constants.deallocate()
        code = .allocate(capacity: max(1, instructions.count))
        code.initialize(from: instructions, count: instructions.count)
        codeCount = instructions.count
        constants = .allocate(capacity: max(1, values.count))
        constants.initialize(from: values, count: values.count)
        constantCount = values.count
        self.offsets = offsets
        self.maxStack = maxStack
    }

    /// Source offset of the instruction at `index`.
    func offset(ofInstruction index: Int) -> Int {
        guard index >= 0, index < offsets.count else { return declarationOffset }
        return Int(offsets[index])
    }

    deinit {
        code.deallocate()
        constants.deinitialize(count: constantCount)
        constants.deallocate()
    }
}

/// A function value that captured variables of the functions around it.
public final class Closure: Obj {
    let proto: Unmanaged<FunctionProto>
    let captures: ContiguousArray<Box>

    init(proto: Unmanaged<FunctionProto>, captures: ContiguousArray<Box>) {
        self.proto = proto
        self.captures = captures
        super.init(kind: .closure)
    }

    public override var typeName: String { "fn" }
}

/// A variable that a closure captured; it lives here instead of in a frame slot.
final class Box: Obj {
    @exclusivity(unchecked) var value: Value

    init(_ value: Value) {
        self.value = value
        super.init(kind: .box)
    }
}
