/// One request across the simulated network: it takes the latency (plus an
/// httpbin `/delay/N`) in virtual time, or the latency and then the time the
/// script's own handler takes; its timeout cancels it, and so does cancelling
/// the task that waits (which also cancels a handler still running: the
/// client went away).
final class SimulatedExchange {
    private let exchange: HTTPExchange
    private unowned let task: TaskObject
    private unowned let vm: VM
    private let startedAt: Int64
    private let wait: Wait
    private var timers: [Timer] = []
    private var handler: TaskObject?
    private var isFinished = false

    init(_ exchange: HTTPExchange, task: TaskObject, vm: VM) {
        self.exchange = exchange
        self.task = task
        self.vm = vm
        startedAt = vm.scheduler.now
        wait = Wait(.native(name: exchange.name, detail: exchange.detail))
    }

    private var scheduler: Scheduler { vm.scheduler }
    private var request: HTTPRequestData { exchange.request }

    func begin() throws {
        try scheduler.suspend(task, wait)
        scheduler.events?.operationStarted(task, name: exchange.name, detail: exchange.detail)
        wait.cancel = { [self] in abandon() }
        after(exchange.timeout) { [self] in
            finish(.error(HTTPExchange.timedOut(request, after: Double(exchange.timeout) / 1e9).error))
        }
        let latency = vm.network.latency
        switch vm.network.endpoint(of: request.url) {
        case .httpbin:
            let (response, delay) = HTTPBin.respond(to: request)
            after(latency + Int64((delay * 1e9).rounded())) { [self] in respond(response) }
        case .refused(let reason):
            after(latency) { [self] in finish(.error(HTTPExchange.failed(request.url, reason).error)) }
        case .server(let server):
            after(latency) { [self] in deliver(to: server) }
        }
    }

    /// In-process delivery: the server's route answers at once, or its handler runs as a task.
    private func deliver(to server: ServerObject) {
        guard !server.isClosed else {
            finish(.error(HTTPExchange.failed(request.url, "connection refused by \(server.url): the server is closed").error))
            return
        }
        switch server.app.dispatch(request) {
        case .answer(let response):
            respond(response)
        case .handler(let function, let requestObject):
            do {
                let handler = try vm.spawnFunctionCall(
                    function, [.object(requestObject)], taskName: nil, anonymousName: requestObject.line)
                self.handler = handler
                server.began(handler)
                handler.onCompletion { [self] done in
                    self.handler = nil
                    if let error = done.error {
                        done.errorRetrieved = true
                        if error.isCancellation {
                            // Cancelled by the server (a close past its deadline): the connection just ends.
                            let reason = "the server at \(server.url) closed the connection before answering"
                            finish(.error(HTTPExchange.failed(request.url, reason).error))
                            return
                        }
                    }
                    let outcome: Result<Value, ScriptError> = done.error.map { .failure(ScriptError($0)) } ?? .success(done.result)
                    respond(ServerApp.response(to: outcome, of: requestObject, warnings: vm.warnings))
                }
            } catch let error as ScriptError {
                respond(ServerApp.response(to: .failure(error), of: requestObject, warnings: vm.warnings))
            } catch {}
        }
    }

    private func respond(_ response: HTTPResponseData) {
        var response = response
        if response.url.isEmpty { response.url = request.url }
        let elapsed = Double(scheduler.now - startedAt) / 1e9
        finish(.value(.object(ResponseObject(response, elapsed: elapsed))))
    }

    private func finish(_ resume: TaskObject.Resume) {
        guard !isFinished else { return }
        isFinished = true
        for timer in timers { scheduler.timers.disarm(timer) }
        if let handler, !handler.isDone { scheduler.cancel(handler, cause: .awaiter(TaskEventStream.reference(task))) }
        report(resume)
        exchange.finished()
        scheduler.wake(task, resume)
    }

    /// The waiting task was cancelled (or woken another way): the exchange ends without answering.
    private func abandon() {
        guard !isFinished else { return }
        isFinished = true
        for timer in timers { scheduler.timers.disarm(timer) }
        if let handler, !handler.isDone { scheduler.cancel(handler, cause: .awaiter(TaskEventStream.reference(task))) }
        report(.error(ErrorObject(kind: ErrorKind.cancelledError, message: "")))
        exchange.finished()
    }

    private func report(_ resume: TaskObject.Resume) {
        guard let events = scheduler.events else { return }
        var outcome: String?
        var error: String?
        switch resume {
        case .value(let value): outcome = HTTPExchange.status(of: value)
        case .error(let thrown): error = thrown.summary
        case .start: break
        }
        events.operationFinished(
            task, name: exchange.name, detail: exchange.detail, startedAt: startedAt, outcome: outcome, error: error)
    }

    private func after(_ nanoseconds: Int64, _ action: @escaping () -> Void) {
        timers.append(scheduler.after(nanoseconds: nanoseconds, action))
    }
}
