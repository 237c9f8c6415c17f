import AsyncLang
import Runtime
import RuntimeNetwork
import Synchronization

/// What a script printed on the real clock, with real HTTP.
struct NetworkRun {
    var output = ""
    var errors = ""
    var status: Int32 = 0

    var errorHeading: String { String(errors.split(separator: "\n").first ?? "") }
}

/// Runs `source` on the real clock with a `NetworkTransport` of its own, then shuts the transport down.
func runWithNetwork(_ source: String) async -> NetworkRun {
    let output = Mutex("")
    let errors = Mutex("")
    let transport = NetworkTransport()
    var configuration = Configuration()
    configuration.clock = .real
    configuration.httpTransport = transport
    configuration.output = OutputSink { text in output.withLock { $0 += text } }
    configuration.errorOutput = OutputSink { text in errors.withLock { $0 += text } }
    let interpreter = Interpreter(configuration: configuration)
    let status = await interpreter.run(SourceFile(path: "net.aw", text: source))
    await transport.shutdown()
    return NetworkRun(output: output.withLock { $0 }, errors: errors.withLock { $0 }, status: status)
}

/// What a script that should succeed printed, or its status and errors.
func outputWithNetwork(_ source: String) async -> String {
    let result = await runWithNetwork(source)
    return result.status == 0 && result.errors.isEmpty ? result.output : "status \(result.status): \(result.output)\(result.errors)"
}
