import Foundation
import Testing

@testable import asyncrepl

/// The seed's HTTP samples on the real clock, as a user runs them: against
/// `asyncrepl httpbin` (started here on a free port) with `run --httpbin`,
/// over real sockets. Times, random backoffs and ports differ from the
/// virtual clock's, and concurrent tasks may print in another order, so each
/// line is compared with its numbers with a decimal point and its loopback
/// ports masked, as a sorted list.
@Suite("HTTP samples over real sockets, against asyncrepl httpbin", .onOwnThreads)
struct SamplesOverRealHTTPTests {
    static let httpSamples = [
        "fetch_multiple_urls.aw", "task_group.aw", "http_client_semaphore.aw", "retry_backoff.aw", "web_crawler.aw",
        "api_server.aw",
    ]

    @Test(arguments: httpSamples)
    func sampleRunsAgainstTheHttpbinCommand(name: String) throws {
        let binary = try #require(AsyncReplBinary.path)
        let path = SampleDeterminismTests.samplesDirectory.appendingPathComponent(name).path
        let source = try String(contentsOfFile: path, encoding: .utf8)
        let httpbin = try HTTPBinChild(binary: binary)
        defer { httpbin.stop() }

        // retry_backoff waits about 28 s of real backoff; the limit only catches a hang.
        let outcome = try AsyncReplBinary.run(["run", "--httpbin", httpbin.url, path], timeout: .seconds(180))
        #expect(outcome.ending == .exited(0), "\(outcome.stderrText)")
        #expect(outcome.stderrText == "")
        #expect(Self.masked(outcome.stdoutText.split(separator: "\n", omittingEmptySubsequences: false).dropLast())
            == Self.masked(Self.expectedLines(of: source)))
    }

    @Test func theHttpbinCommandAnswersAsTheSimulatorDoes() throws {
        let binary = try #require(AsyncReplBinary.path)
        let httpbin = try HTTPBinChild(binary: binary)
        defer { httpbin.stop() }
        let outcome = try AsyncReplBinary.run([
            "-e",
            """
            let base = "\(httpbin.url)"
            let r = await http.get(base + "/get", query: {"q": "1"})
            print(r.status, r.json()["args"])
            print((await http.get(base + "/status/418")).status)
            print((await http.post(base + "/anything", json: {"a": [1, 2]})).json()["json"])
            print(len(html.links((await http.get(base + "/links/10/3")).text, base + "/links/10/3")))
            try { await http.get(base + "/delay/3", timeout: 0.5) } catch TimeoutError { print("timed out") }
            """,
        ])
        #expect(outcome.stderrText == "")
        #expect(outcome.stdoutText == "200 {\"q\": \"1\"}\n418\n{\"a\": [1, 2]}\n9\ntimed out\n")
    }

    @Test func aRefusingStandInIsNamedInTheError() throws {
        let outcome = try AsyncReplBinary.run(
            ["--httpbin", "http://127.0.0.1:9", "-e", "await http.get(\"https://httpbin.org/get\")"])
        #expect(outcome.ending == .exited(1))
        #expect(outcome.stderrText.hasPrefix(
            "error: HttpError: connection refused by 127.0.0.1:9 (it stands in for https://httpbin.org)\n"))
    }

    /// The `# expect:` lines of a golden script, in order.
    static func expectedLines(of source: String) -> [Substring] {
        source.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line in
            if line == "# expect:" { return "" }
            return line.hasPrefix("# expect: ") ? line.dropFirst("# expect: ".count) : nil
        }
    }

    static func masked(_ lines: some Sequence<Substring>) -> [String] {
        lines.map { line in
            String(line).replacing(/127\.0\.0\.1:\d+/, with: "127.0.0.1:PORT").replacing(/\d+\.\d+/, with: "#")
        }.sorted()
    }
}

/// `asyncrepl httpbin --port 0` as a child process, once it says where it listens.
final class HTTPBinChild {
    let url: String
    private let child: ChildProcess

    init(binary: String) throws {
        child = try ChildProcess(arguments: [binary, "httpbin", "--port", "0"])
        let announced = /httpbin listening at (http:\/\/127\.0\.0\.1:\d+)\n/
        var found: String?
        for _ in 0..<3000 where found == nil {
            usleep(20_000)
            child.stdout.drain()
            found = (try? announced.firstMatch(in: String(decoding: child.stdout.bytes, as: UTF8.self))).flatMap {
                $0.map { String($0.1) }
            }
            if found == nil, child.reapIfExited() != nil { break }
        }
        guard let found else {
            child.kill()
            child.stderr.drain()
            throw HTTPBinChildError(message: "asyncrepl httpbin did not start: \(String(decoding: child.stderr.bytes, as: UTF8.self))")
        }
        url = found
    }

    func stop() {
        child.kill()
    }
}

struct HTTPBinChildError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
