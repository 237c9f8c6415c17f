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
    override var isTruthy: Bool { count > 0 }

    var count: Int {
        if step > 0 { return start < stop ? (stop - start - 1) / step + 1 : 0 }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0
    }

    func element(at index: Int) -> Int { start + index * step }
}
