import DequeModule

/// `with http.client(limit: 100, per_host: 30, timeout: 30) as c { await c.get(url) }`:
/// requests with their own limits — at most `limit` in flight, `per_host` to
/// one host; the others wait their turn in order — and a default timeout.
/// Closed when its `with` block ends; a closed client refuses requests.
final class ClientObject: NativeObject {
    let limit: Int
    let perHost: Int
    let timeout: Int64
    private(set) var isClosed = false
    private var inFlight = 0
    private var inFlightByHost: [String: Int] = [:]
    private var waiting = Deque<(exchange: HTTPExchange, task: TaskObject, host: String)>()
    // unowned(unsafe): the interpreter, which owns the VM, outlives every request its scripts make.
    private unowned(unsafe) var vm: VM?

    init(limit: Int, perHost: Int, timeout: Int64) {
        self.limit = limit
        self.perHost = perHost
        self.timeout = timeout
        super.init(type: Self.nativeType)
    }

    static let nativeType: NativeType = NativeType(
        "client", of: ClientObject.self,
        constructor: NativeFunction(
            "http.client", arity: 0, labels: ["limit", "per_host", "timeout"],
            doc: "http.client(limit: 100, per_host: 50, timeout: 30) — a client with its own limits, closed when its `with` block ends"
        ) { args in
            let limit = try args.int(label: "limit") ?? 100
            let perHost = try args.int(label: "per_host") ?? 50
            guard limit > 0, perHost > 0 else {
                throw ScriptError.value("http.client() needs a limit and a per_host of at least 1, got \(limit) and \(perHost)")
            }
            return .object(ClientObject(limit: limit, perHost: perHost, timeout: try args.nanoseconds(label: "timeout") ?? HTTPModule.defaultTimeout))
        },
        fields: [
            NativeField("limit", doc: "limit — requests in flight at most") { .int($0.limit) },
            NativeField("per_host", doc: "per_host — requests in flight to one host at most") { .int($0.perHost) },
            NativeField("closed", doc: "closed — whether its `with` block has ended") { .bool($0.isClosed) },
        ],
        methods: HTTPModule.requestMethods(on: ClientObject.self) { client, args in
            guard !client.isClosed else { throw ScriptError(ErrorKind.httpError, "this client is closed; requests go through an open one") }
            return client
        },
        context: NativeContext(
            enter: { client, _ in .object(client) },
            exit: { client, _, _ in
                client.isClosed = true
                return .nil
            }),
        display: { "<client limit \($0.limit), per host \($0.perHost)\($0.isClosed ? ", closed" : "")>" })

    /// Starts the exchange now if the limits allow, else queues it.
    func admit(_ exchange: HTTPExchange, by task: TaskObject, in vm: VM) throws {
        self.vm = vm
        let host = Self.host(of: exchange)
        guard inFlight >= limit || inFlightByHost[host, default: 0] >= perHost else {
            take(host)
            try exchange.start(by: task, in: vm)
            return
        }
        try vm.scheduler.suspend(task, Wait(.primitive(self, operation: "a free connection")) { [weak self] in
            self?.waiting.removeAll { $0.task === task }
        })
        waiting.append((exchange, task, host))
    }

    /// An exchange ended: the first waiting one that its host's limit allows starts
    /// (its task, still waiting, now waits on the request instead).
    func release(_ exchange: HTTPExchange) {
        let host = Self.host(of: exchange)
        inFlight -= 1
        inFlightByHost[host, default: 1] -= 1
        guard let vm, inFlight < limit,
            let index = waiting.firstIndex(where: { inFlightByHost[$0.host, default: 0] < perHost })
        else { return }
        let (next, task, nextHost) = waiting.remove(at: index)
        take(nextHost)
        do {
            try next.start(by: task, in: vm)
        } catch let error as ScriptError {
            release(next)
            vm.scheduler.wake(task, .error(error.error))
        } catch {}
    }

    private func take(_ host: String) {
        inFlight += 1
        inFlightByHost[host, default: 0] += 1
    }

    private static func host(of exchange: HTTPExchange) -> String {
        let (host, port) = URLReference(exchange.request.url).hostAndPort
        return port.map { "\(host):\($0)" } ?? host
    }
}
