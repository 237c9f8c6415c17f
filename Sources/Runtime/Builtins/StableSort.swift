/// A stable merge sort whose comparison may throw (comparing an int with a
/// string is a `TypeError`), which the standard library's sort cannot do.
enum StableSort {
    static func sort<T>(_ items: inout [T], by less: (T, T) throws -> Bool) throws {
        guard items.count > 1 else { return }
        var buffer = items
        try mergeSort(&items, &buffer, 0, items.count, less)
    }

    private static func mergeSort<T>(
        _ items: inout [T], _ buffer: inout [T], _ low: Int, _ high: Int, _ less: (T, T) throws -> Bool
    ) throws {
        if high - low < 2 { return }
        if high - low <= 16 {
            for i in (low + 1)..<high {
                var j = i
                while j > low, try less(items[j], items[j - 1]) {
                    items.swapAt(j, j - 1)
                    j -= 1
                }
            }
            return
        }
        let middle = (low + high) / 2
        try mergeSort(&items, &buffer, low, middle, less)
        try mergeSort(&items, &buffer, middle, high, less)
        var i = low
        var j = middle
        var k = low
        while i < middle && j < high {
            if try less(items[j], items[i]) {
                buffer[k] = items[j]
                j += 1
            } else {
                buffer[k] = items[i]
                i += 1
            }
            k += 1
        }
        while i < middle { buffer[k] = items[i]; i += 1; k += 1 }
        while j < high { buffer[k] = items[j]; j += 1; k += 1 }
        for index in low..<high { items[index] = buffer[index] }
    }
}
