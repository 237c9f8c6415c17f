/// One request awaited by a task (`await http.get(url)`): on the virtual clock
/// it crosses the simulated network; on the real clock it goes through the
/// interpreter's HTTP transport as native work. Either way it is reported as
/// native work (`GET http://… → 200`), a timeout is a `TimeoutError`, a
/// failure to connect an `HttpError` with `.url` and `.reason`, and any status
/// code is a response, never an error.
final class HTTPExchange: AwaitableObject {
    let request: HTTPRequestData
    /// Nanoseconds the whole exchange may take.
    let timeout: Int64
    private weak var client: ClientObject?

    init(_ request: HTTPRequestData, timeout: Int64, client: ClientObject?, name: String) {
        self.request = request
        self.timeout = timeout
        self.client = client
        super.init(name: name)
    }

    var detail: String { "\(request.method) \(request.url)" }

    override func await(by task: TaskObject, in vm: VM) throws -> Value? {
        if let client {
            try client.admit(self, by: task, in: vm)
        } else {
            try start(by: task, in: vm)
        }
        return nil
    }

    /// Sends the request now (a client with limits calls this when a slot is free).
    func start(by task: TaskObject, in vm: VM) throws {
        if vm.scheduler.isVirtual {
            try SimulatedExchange(self, task: task, vm: vm).begin()
            return
        }
        guard let transport = vm.httpTransport else { throw Self.noNetwork(url: request.url) }
        let request = self.request
        let seconds = Double(timeout) / 1e9
        try vm.startOperation(for: task, name: name, detail: detail) {
            let started = MonotonicClock.read()
            do {
                let response = try await transport.send(request, timeout: seconds)
                return .object(ResponseObject(response, elapsed: Double(MonotonicClock.read() - started) / 1e9))
            } catch let error as HTTPTransportError {
                throw error.scriptError(for: request, timeout: seconds)
            }
        } outcome: { Self.status(of: $0) } finished: { [self] in finished() }
    }

    /// The exchange is over (answered, failed or abandoned): its client's slot is free.
    func finished() {
        client?.release(self)
    }

    /// `200`, for a response's event.
    static func status(of value: Value) -> String? {
        (value.asObject as? ResponseObject).map { String($0.data.status) }
    }

    static func timedOut(_ request: HTTPRequestData, after seconds: Double) -> ScriptError {
        ScriptError(ErrorKind.timeoutError, "\(request.method) \(request.url) timed out after \(Printer.formatFloat(seconds)) s")
    }

    /// `HttpError: connection refused by offline.example:80`, with `.url` and `.reason`.
    static func failed(_ url: String, _ reason: String) -> ScriptError {
        let error = ErrorObject(kind: ErrorKind.httpError, message: reason)
        error.fields["url"] = .string(url)
        error.fields["reason"] = .string(reason)
        return ScriptError(error)
    }

    static func noNetwork(url: String) -> ScriptError {
        failed(
            url,
            "this interpreter has no network (its host gave it no Configuration.httpTransport); with the virtual clock (--virtual) the simulated network answers")
    }
}
