import Foundation
import Testing

@testable import asyncrepl

/// The seed's database samples on PostgreSQL: with DATABASE_URL set to the
/// server `.ci/with-postgres` runs beside the tests, each prints exactly its
/// `# expect:` lines, as it does on SQLite.
@Suite("Database samples on PostgreSQL", .serialized, .onOwnThreads)
struct DatabaseSamplesTests {
    @Test(arguments: ["database_pool.aw", "batch_insert.aw"])
    func sampleRunsOnPostgreSQL(name: String) throws {
        let url = try #require(
            ProcessInfo.processInfo.environment["ASYNCREPL_POSTGRES_URL"],
            "no PostgreSQL server: run the tests as `bash .ci/with-postgres swift test …`")
        let binary = try #require(AsyncReplBinary.path)
        let path = SampleDeterminismTests.samplesDirectory.appendingPathComponent(name).path
        let source = try String(contentsOfFile: path, encoding: .utf8)
        let expected = SamplesOverRealHTTPTests.expectedLines(of: source).map { $0 + "\n" }.joined()
        let outcome = AsyncReplBinary.runCommand(["/usr/bin/env", "DATABASE_URL=\(url)", binary, "run", "--trace", path])
        #expect(outcome.ending == .exited(0), "\(outcome.stderrText)")
        #expect(outcome.stdoutText == expected)
        // The trace shows where the statements went.
        #expect(outcome.stderrText.contains("begins open \(url)"))
    }
}
