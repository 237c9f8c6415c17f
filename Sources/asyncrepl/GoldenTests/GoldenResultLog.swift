/// Collects each script's verdict as it arrives, keeps the tally, and prints
/// the reports in path order (a failure's report, or `ok FILE` when verbose).
struct GoldenResultLog {
    private(set) var tally = GoldenRunner.Tally()
    private var printer: InOrderPrinter
    private let scripts: [String]
    private let verbose: Bool

    init(scripts: [String], verbose: Bool, print: @escaping (String) -> Void) {
        self.scripts = scripts
        self.verbose = verbose
        self.printer = InOrderPrinter(print: print)
    }

    /// Records the script at `index`; it passed when `failures` is empty.
    mutating func record(_ index: Int, failures: [GoldenFailure], stderr: [UInt8]) {
        let path = scripts[index]
        if failures.isEmpty {
            tally.passed += 1
            printer.deliver(verbose ? "ok \(path)\n" : "", at: index)
        } else {
            tally.failed += 1
            printer.deliver(GoldenReport.failure(path: path, failures: failures, stderr: stderr), at: index)
        }
    }
}
