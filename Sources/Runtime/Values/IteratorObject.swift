/// The state of a `for` loop over a list, map, string or range (generators
/// are their own iterators). Never visible to scripts.
final class IteratorObject: Obj {
    enum Source {
        case list(ListObject)
        /// A snapshot: map keys or `items()` pairs.
        case values(ContiguousArray<Value>)
        case string(StringObject)
        case range(stop: Int, step: Int)
    }

    let source: Source
    /// The next list/values/string index, or the next range value.
    var position: Int

    init(_ source: Source, position: Int = 0) {
        self.source = source
        self.position = position
        super.init(kind: .iterator)
    }

    /// The next value, or nil when done.
    func next() -> Value? {
        switch source {
        case .list(let list):
            guard position < list.items.count else { return nil }
            position += 1
            return list.items[position - 1]
        case .values(let values):
            guard position < values.count else { return nil }
            position += 1
            return values[position - 1]
        case .string(let string):
            guard position < string.count else { return nil }
            position += 1
            return .string(string.character(at: position - 1))
        case .range(let stop, let step):
            guard step > 0 ? position < stop : position > stop else { return nil }
            let (next, overflow) = position.addingReportingOverflow(step)
            defer { position = overflow ? stop : next }
            return .int(position)
        }
    }
}
