/// The state of a `for` loop over a list, map, string or range (generators
/// are their own iterators). Never visible to scripts. One class with a kind
/// byte rather than an enum of payloads, so `next()` copies no references.
final class IteratorObject: Obj {
    enum Source: UInt8 { case list, values, string, range }

    let source: Source
    private let list: ListObject?
    /// A snapshot: map keys or `items()` pairs.
    private let values: ContiguousArray<Value>
    private let string: StringObject?
    private let stop: Int
    private let step: Int
    // @exclusivity(unchecked) in this file: see "Exclusivity" in Sources/Runtime/README.md.
    /// The next list/values/string index, or the next range value.
    @exclusivity(unchecked) private var position: Int

    init(list: ListObject) {
        self.source = .list
        self.list = list
        self.values = []
        self.string = nil
        self.stop = 0
        self.step = 0
        self.position = 0
        super.init(kind: .iterator)
    }

    init(values: ContiguousArray<Value>) {
        self.source = .values
        self.list = nil
        self.values = values
        self.string = nil
        self.stop = 0
        self.step = 0
        self.position = 0
        super.init(kind: .iterator)
    }

    init(string: StringObject) {
        self.source = .string
        self.list = nil
        self.values = []
        self.string = string
        self.stop = 0
        self.step = 0
        self.position = 0
        super.init(kind: .iterator)
    }

    init(range: RangeObject) {
        self.source = .range
        self.list = nil
        self.values = []
        self.string = nil
        self.stop = range.stop
        self.step = range.step
        self.position = range.start
        super.init(kind: .iterator)
    }

    /// The next value, or nil when done.
    /// The list it walks, if it walks one (for `AccessTracker`).
    var walkedList: ListObject? { list }

    @inline(__always) func next() -> Value? {
        switch source {
        case .range:
            guard step > 0 ? position < stop : position > stop else { return nil }
            let value = position
            let (next, overflow) = position.addingReportingOverflow(step)
            position = overflow ? stop : next
            return .int(value)
        // unsafelyUnwrapped here and below: each initializer sets the one source its kind reads.
        case .list:
            let items = list.unsafelyUnwrapped.items
            guard position < items.count else { return nil }
            position += 1
            return items[position - 1]
        case .values:
            guard position < values.count else { return nil }
            position += 1
            return values[position - 1]
        case .string:
            let string = string.unsafelyUnwrapped
            guard position < string.count else { return nil }
            position += 1
            return .string(string.character(at: position - 1))
        }
    }
}
