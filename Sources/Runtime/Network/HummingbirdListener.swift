import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import Runtime
import ServiceLifecycle

/// One server of the `http` module on the real clock: a Hummingbird
/// application in a service group of its own, with no signal handling (the
/// command line keeps Ctrl-C). Each request's body is collected, then answered
/// by the interpreter; a client that hangs up cancels its answer.
final class HummingbirdListener: HTTPListener {
    let port: Int
    private let group: ServiceGroup
    private let running: Task<Void, any Error>

    private init(port: Int, group: ServiceGroup, running: Task<Void, any Error>) {
        self.port = port
        self.group = group
        self.running = running
    }

    /// The largest request body a server takes.
    static let maxBody = 64 << 20

    static func start(
        host: String, port: Int, respond: @escaping @Sendable (HTTPRequestData) async -> HTTPResponseData
    ) async throws -> HummingbirdListener {
        let connections = ConnectionWatchers()
        let (started, announce) = AsyncStream<Int>.makeStream()
        let logger = Logger(label: "asyncrepl.http.server", factory: { _ in SwiftLogNoOpLogHandler() })
        let application = Application(
            responder: CallbackResponder { (request: Request, context: ServerContext) in
                try await answer(request, context: context, connections: connections, host: host, respond: respond)
            },
            server: .http1(configuration: .init(additionalChannelHandlers: [DisconnectWatcher(connections)])),
            configuration: .init(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in
                announce.yield(channel.localAddress?.port ?? port)
                announce.finish()
            },
            logger: logger)
        let group = ServiceGroup(services: [application], logger: logger)
        let running = Task {
            defer { announce.finish() }
            try await group.run()
        }
        for await chosen in started {
            return HummingbirdListener(port: chosen, group: group, running: running)
        }
        // The group ended before the server ran: it could not bind.
        switch await running.result {
        case .failure(let error): throw HTTPTransportError.failed(Self.reason(error, host: host, port: port))
        case .success: throw HTTPTransportError.failed("the server at \(host):\(port) stopped before it started")
        }
    }

    func close() async {
        await group.triggerGracefulShutdown()
        _ = await running.result
    }

    private static func answer(
        _ request: Request, context: ServerContext, connections: ConnectionWatchers, host: String,
        respond: @escaping @Sendable (HTTPRequestData) async -> HTTPResponseData
    ) async throws -> Response {
        let body = try await request.body.collect(upTo: maxBody)
        let authority = request.head.authority ?? "\(host):\(context.channel.localAddress?.port ?? 0)"
        let data = HTTPRequestData(
            method: request.method.rawValue, url: "http://\(authority)\(request.uri.description)",
            headers: request.headers.map { HTTPHeader($0.name.canonicalName, $0.value) }, body: Array(buffer: body))
        let answering = Task { await respond(data) }
        // A connection has its watcher from its first byte until it goes
        // inactive, so a request without one is from a client that has gone.
        let watcher = connections.watcher(of: context.channel)
        if watcher == nil { answering.cancel() }
        let token = watcher?.onClose { answering.cancel() }
        defer { if let token { watcher?.forget(token) } }
        let response = await withTaskCancellationHandler { await answering.value } onCancel: { answering.cancel() }
        var headers = HTTPFields()
        for header in response.headers {
            guard let name = HTTPField.Name(header.name) else { continue }
            headers.append(HTTPField(name: name, value: header.value))
        }
        return Response(
            status: .init(code: response.status), headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: response.body)))
    }

    private static func reason(_ error: any Error, host: String, port: Int) -> String {
        let text = String(describing: error)
        if text.contains("Address already in use") || text.contains("EADDRINUSE") {
            return "\(host):\(port) is already in use by another server"
        }
        if text.contains("Cannot assign requested address") || text.contains("EADDRNOTAVAIL") {
            return "cannot listen on \(host): it is not an address of this machine"
        }
        if text.contains("Permission denied") || text.contains("EACCES") {
            return "not allowed to listen on \(host):\(port) (ports below 1024 need root)"
        }
        return "cannot listen on \(host):\(port): \(text)"
    }
}

/// What a handler sees of its connection: the channel, to know when the client hangs up.
struct ServerContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }
}
