/// Sorting keys that are all ints, all floats (no NaN) or all strings: the
/// keys are taken out of their `Value`s once and compared directly, ties
/// broken by position, so the sort stays stable without the generic,
/// throwing comparison of mixed values (`StableSort`).
enum HomogeneousSort {
    /// The order of `keys` (indices, ascending or, with `reverse`, descending;
    /// equal keys in their original order), or nil when the keys are mixed.
    static func order(of keys: [Value], reverse: Bool) -> [Int]? {
        guard let first = keys.first else { return [] }
        switch first {
        case .int:
            var pairs: [(key: Int, index: Int)] = []
            pairs.reserveCapacity(keys.count)
            for (index, key) in keys.enumerated() {
                guard case .int(let value) = key else { return nil }
                pairs.append((value, index))
            }
            return sorted(pairs, reverse: reverse)
        case .float:
            var pairs: [(key: Double, index: Int)] = []
            pairs.reserveCapacity(keys.count)
            for (index, key) in keys.enumerated() {
                guard case .float(let value) = key, !value.isNaN else { return nil }
                pairs.append((value, index))
            }
            return sorted(pairs, reverse: reverse)
        case .object(let object) where object.kind == .string:
            var pairs: [(key: String, index: Int)] = []
            pairs.reserveCapacity(keys.count)
            for (index, key) in keys.enumerated() {
                guard case .object(let string) = key, string.kind == .string else { return nil }
                pairs.append((unsafeDowncast(string, to: StringObject.self).value, index))
            }
            return sorted(pairs, reverse: reverse)
        default:
            return nil
        }
    }

    /// Ints sorted by value; equal ints cannot be told apart, so no positions are needed.
    static func sortedInts(_ items: [Value], reverse: Bool) -> [Value]? {
        var ints: [Int] = []
        ints.reserveCapacity(items.count)
        for item in items {
            guard case .int(let value) = item else { return nil }
            ints.append(value)
        }
        if reverse { ints.sort(by: >) } else { ints.sort() }
        return ints.map { .int($0) }
    }

    private static func sorted<K: Comparable>(_ pairs: [(key: K, index: Int)], reverse: Bool) -> [Int] {
        var pairs = pairs
        if reverse {
            pairs.sort { $0.key > $1.key || ($0.key == $1.key && $0.index < $1.index) }
        } else {
            pairs.sort { $0.key < $1.key || ($0.key == $1.key && $0.index < $1.index) }
        }
        return pairs.map(\.index)
    }
}
