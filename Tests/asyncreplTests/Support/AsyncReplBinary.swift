import Foundation
import Testing

@testable import asyncrepl

/// The built `asyncrepl` executable, which SwiftPM puts next to the test bundle
/// (`.build/debug/asyncrepl`). `ASYNCREPL_BINARY` overrides the guess.
enum AsyncReplBinary {
    static var path: String? {
        if let override = ProcessInfo.processInfo.environment["ASYNCREPL_BINARY"] { return override }
        let testBundle = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let candidate = testBundle.deletingLastPathComponent().appendingPathComponent("asyncrepl").path
        return FileManager.default.isExecutableFile(atPath: candidate) ? candidate : nil
    }

    /// Runs the binary with `arguments` (stdin from /dev/null) and returns what it did.
    static func run(_ arguments: [String], timeout: Duration = .seconds(60)) throws -> ChildOutcome {
        let binary = try #require(path, "build asyncrepl first (swift build), or set ASYNCREPL_BINARY")
        return runCommand([binary] + arguments, timeout: timeout)
    }

    /// Runs any command through the same machinery the golden runner uses.
    static func runCommand(_ command: [String], timeout: Duration = .seconds(60)) -> ChildOutcome {
        var result: ChildOutcome?
        ChildProcessPool(maxRunning: 1, timeout: timeout).run([command]) { result = $1 }
        return result!
    }
}

extension ChildOutcome {
    var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
    var stderrText: String { String(decoding: stderr, as: UTF8.self) }
}
