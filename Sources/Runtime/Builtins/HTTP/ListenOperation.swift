/// `await app.listen(port:, host:)`: on the virtual clock the server joins the
/// simulated network at once; on the real clock the interpreter's transport
/// starts a real one, as native work, and each request it takes is answered
/// on the loop (`EventLoop.serve`).
final class ListenOperation: AwaitableObject {
    private let app: ServerApp
    private let host: String
    private let port: Int

    init(app: ServerApp, host: String, port: Int) {
        self.app = app
        self.host = host
        self.port = port
        super.init(name: "listen")
    }

    override func await(by task: TaskObject, in vm: VM) throws -> Value? {
        let server = ServerObject(app: app, host: host)
        if vm.scheduler.isVirtual {
            server.listening(on: try vm.network.listen(server, host: host, port: port))
            return .object(server)
        }
        guard let transport = vm.httpTransport else { throw HTTPExchange.noNetwork(url: server.url) }
        let loop: EventLoop = vm.eventLoop
        let bound = LoopBound(server)
        let (host, port) = (host, port)
        try vm.startOperation(for: task, name: name, detail: "listen \(host):\(port)") {
            let listener: any HTTPListener
            do {
                listener = try await transport.listen(host: host, port: port) { request in
                    await loop.serve(request, on: bound)
                }
            } catch let error as HTTPTransportError {
                guard case .failed(let reason) = error else { throw error }
                throw ScriptError(ErrorKind.httpError, reason)
            }
            guard await loop.opened(listener, for: bound) else {
                await listener.close()
                throw CancellationError()
            }
            return .object(bound.value)
        }
        return nil
    }
}

/// A loop's object carried through a Swift task that does not touch it: only
/// code isolated to that loop reads `value`.
struct LoopBound<Object: AnyObject>: @unchecked Sendable {
    // @unchecked Sendable: see above; the object never leaves its executor's thread in use.
    let value: Object

    init(_ value: Object) {
        self.value = value
    }
}
