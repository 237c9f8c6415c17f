/// Prints results that arrive in any order in the order of their index, each
/// as soon as every result before it has been printed.
struct InOrderPrinter {
    private var waiting: [Int: String] = [:]
    private var next = 0
    private let print: (String) -> Void

    init(print: @escaping (String) -> Void) {
        self.print = print
    }

    mutating func deliver(_ text: String, at index: Int) {
        waiting[index] = text
        while let ready = waiting.removeValue(forKey: next) {
            if !ready.isEmpty { print(ready) }
            next += 1
        }
    }
}
