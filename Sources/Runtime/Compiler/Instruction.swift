/// One bytecode instruction: an 8-bit opcode in the low byte and a 24-bit
/// operand above it (`a`, or `sa` read as signed for jumps). A few
/// instructions split the operand into an 8-bit `b` and a 16-bit `c`.
typealias Instruction = UInt32

extension Instruction {
    @inline(__always) init(_ op: Opcode, _ a: Int = 0) {
        self = UInt32(op.rawValue) | (UInt32(truncatingIfNeeded: a) & 0xFF_FFFF) << 8
    }

    @inline(__always) init(_ op: Opcode, b: Int, c: Int) {
        self = UInt32(op.rawValue) | UInt32(b & 0xFF) << 8 | UInt32(c & 0xFFFF) << 16
    }

    // unsafeBitCast: every instruction is made by `init` from an `Opcode`, so its
    // low byte is always a valid raw value of that one-byte enum.
    @inline(__always) var opcode: Opcode { unsafeBitCast(UInt8(truncatingIfNeeded: self), to: Opcode.self) }
    @inline(__always) var a: Int { Int(self >> 8) }
    /// The operand as a signed 24-bit number (jump offsets, small ints).
    @inline(__always) var sa: Int { Int(Int32(bitPattern: self) >> 8) }
    @inline(__always) var b: Int { Int((self >> 8) & 0xFF) }
    /// `b` read as a signed byte.
    @inline(__always) var sb: Int { Int(Int8(truncatingIfNeeded: self >> 8)) }
    @inline(__always) var c: Int { Int(self >> 16) }

    static let maxOperand = 0x7F_FFFF
}
