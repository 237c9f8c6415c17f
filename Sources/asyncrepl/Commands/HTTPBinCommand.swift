import ArgumentParser
import Dispatch
import Glibc
import Runtime
import RuntimeNetwork
import Synchronization

/// `asyncrepl httpbin [--port N] [--host H]`: the httpbin.org of the virtual
/// clock's simulated network, served over real HTTP, so that scripts written
/// for `--virtual` run on the real clock too (`--httpbin URL`, or its URL).
struct HTTPBinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "httpbin",
        abstract: "Serve the simulated network's httpbin.org over real HTTP, until Ctrl-C.",
        discussion: """
            Prints "httpbin listening at http://HOST:PORT" once it accepts requests. \
            Run scripts against it with `asyncrepl run FILE --httpbin http://HOST:PORT`.
            """
    )

    @Option(help: ArgumentHelp("The port to listen on (0 picks a free one).", valueName: "port"))
    var port: Int = 8080

    @Option(help: ArgumentHelp("The address to listen on.", valueName: "host"))
    var host: String = "127.0.0.1"

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port needs a port from 0 to 65535, got \(port)") }
    }

    func run() throws {
        let started = Mutex<Result<Int, any Error>?>(nil)
        let semaphore = DispatchSemaphore(value: 0)
        let (host, port) = (host, port)
        Task {
            do {
                let listener = try await HTTPBinServer.start(host: host, port: port, on: NetworkTransport())
                started.withLock { $0 = .success(listener.port) }
            } catch {
                started.withLock { $0 = .failure(error) }
            }
            semaphore.signal()
        }
        semaphore.wait()
        switch started.withLock({ $0 })! {
        case .success(let chosen):
            StandardStream.output.write("httpbin listening at http://\(host.contains(":") ? "[\(host)]" : host):\(chosen)\n")
            while true { pause() }
        case .failure(let error):
            let reason = (error as? HTTPTransportError).map { error -> String in
                if case .failed(let reason) = error { return reason }
                return "\(error)"
            } ?? "\(error)"
            StandardStream.error.write("asyncrepl httpbin: \(reason)\n")
            throw ExitCode(ExitStatus.scriptError)
        }
    }
}
