/// `range(start, stop, step)`: lazy, prints as `range(2, 10, 3)`.
public final class RangeObject: Obj {
    public let start: Int
    public let stop: Int
    public let step: Int

    init(start: Int, stop: Int, step: Int) {
        self.start = start
        self.stop = stop
        self.step = step
        super.init(kind: .range)
    }

    public override var typeName: String { "range" }

    /// The number of elements, or nil when it does not fit in 64 bits.
    var exactCount: Int? {
        guard step > 0 ? start < stop : start > stop else { return 0 }
        // The distance between two Ints always fits in a UInt.
        let span = step > 0 ? UInt(bitPattern: stop &- start) : UInt(bitPattern: start &- stop)
        let count = (span - 1) / step.magnitude + 1
        return count <= UInt(Int.max) ? Int(count) : nil
    }

    /// The number of elements; an `OverflowError` when it does not fit in 64 bits.
    func count() throws -> Int {
        guard let count = exactCount else {
            throw ScriptError.overflow("range(\(start), \(stop), \(step)) has more than 2^63 elements")
        }
        return count
    }

    func element(at index: Int) -> Int { start &+ index &* step }
}
