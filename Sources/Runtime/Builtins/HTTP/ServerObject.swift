/// A listening server (`let srv = await app.listen(port: 0)`): `srv.url`
/// (`http://HOST:PORT`), `srv.port`, `await srv.close()`.
final class ServerObject: NativeObject {
    let app: ServerApp
    let host: String
    private(set) var port = 0
    /// The handler tasks answering requests now.
    private(set) var inFlight: [TaskObject] = []
    private(set) var isClosed = false
    private var closers: [() -> Void] = []
    /// The real server, on the real clock.
    private(set) var listener: (any HTTPListener)?

    init(app: ServerApp, host: String) {
        self.app = app
        self.host = host
        super.init(type: Self.nativeType)
    }

    var url: String { "http://\(host.contains(":") ? "[\(host)]" : host):\(port)" }

    static let nativeType: NativeType = NativeType(
        "server", of: ServerObject.self, doc: "server — an app listening for requests",
        fields: [
            NativeField("url", doc: "url — http://HOST:PORT, with no trailing slash") { .string($0.url) },
            NativeField("port", doc: "port — the port it listens on") { .int($0.port) },
            NativeField("host", doc: "host — the address it listens on") { .string($0.host) },
        ],
        methods: [
            NativeMethod(
                "close", arity: 0, labels: ["timeout"],
                doc: "close(timeout: 10) — awaitable: stops taking requests and finishes those in flight, cancelling what is left at the deadline"
            ) { server, args in
                .object(CloseOperation(server, deadline: try args.nanoseconds(label: "timeout") ?? 10_000_000_000))
            }
        ],
        display: { "<server \($0.url)\($0.isClosed ? " closed" : "")>" })

    func listening(on port: Int) {
        self.port = port
    }

    /// A real server accepts connections: until it is closed, a request may
    /// come at any moment, so the loop counts it as work in flight (a task
    /// waiting for a request is not deadlocked).
    func listening(with listener: any HTTPListener, in vm: VM) {
        self.listener = listener
        port = listener.port
        vm.scheduler.inFlight += 1
        vm.openServers.append(self)
    }

    /// No new requests from now on; the real listener, if any, is still to be closed.
    func stopTaking(in vm: VM) -> (any HTTPListener)? {
        guard !isClosed else { return nil }
        isClosed = true
        guard let listener else {
            vm.network.close(self)
            return nil
        }
        vm.scheduler.inFlight -= 1
        vm.openServers.removeAll { $0 === self }
        return listener
    }

    func began(_ handler: TaskObject) {
        inFlight.append(handler)
        handler.onCompletion { [weak self] done in
            guard let self else { return }
            self.inFlight.removeAll { $0 === done }
            if self.inFlight.isEmpty {
                let closers = self.closers
                self.closers = []
                for close in closers { close() }
            }
        }
    }

    /// `close()`: no new requests; wait for the ones in flight, up to a deadline.
    final class CloseOperation: AwaitableObject {
        private let server: ServerObject
        private let deadline: Int64

        init(_ server: ServerObject, deadline: Int64) {
            self.server = server
            self.deadline = deadline
            super.init(name: "close")
        }

        override func await(by task: TaskObject, in vm: VM) throws -> Value? {
            let listener = server.stopTaking(in: vm)
            let scheduler = vm.scheduler
            let handlers = server.inFlight
            if let listener {
                // The listener's close returns once every connection has its answer:
                // the handlers' own, or the one for being cancelled at the deadline.
                let timer = scheduler.after(nanoseconds: deadline) {
                    for handler in handlers where !handler.isDone { scheduler.cancel(handler, cause: .host) }
                }
                try vm.startOperation(for: task, name: name, detail: "close \(server.url)") {
                    await listener.close()
                    return .nil
                } finished: {
                    scheduler.timers.disarm(timer)
                }
                return nil
            }
            if handlers.isEmpty { return .nil }
            let wait = Wait(.tasks(handlers, what: "requests in flight at \(server.url)"))
            try scheduler.suspend(task, wait)
            let timer = scheduler.after(nanoseconds: deadline) { [server] in
                for handler in server.inFlight { scheduler.cancel(handler, cause: .host) }
            }
            server.closers.append {
                scheduler.timers.disarm(timer)
                scheduler.wake(task, .value(.nil))
            }
            wait.cancel = { scheduler.timers.disarm(timer) }
            return nil
        }
    }
}
