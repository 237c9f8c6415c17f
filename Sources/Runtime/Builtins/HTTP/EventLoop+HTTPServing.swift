/// Requests to a real server (`app.listen` on the real clock): the transport
/// calls `serve` from its own threads; the request is matched to a route on
/// the loop and its handler runs as a task, like a host's call.
extension EventLoop {
    /// The transport's listener is up: the server takes requests from now on.
    /// False when the script stopped waiting for it meanwhile (it was cancelled).
    func opened(_ listener: any HTTPListener, for bound: LoopBound<ServerObject>) -> Bool {
        guard !Task.isCancelled else { return false }
        bound.value.listening(with: listener, in: vm)
        return true
    }

    /// The answer to one request, from the route's handler. If the calling
    /// Swift task is cancelled (the client went away), so is the handler.
    nonisolated func serve(_ request: HTTPRequestData, on bound: LoopBound<ServerObject>) async -> HTTPResponseData {
        hostCalls.announce()
        let handle = HostCallHandle()
        return await withTaskCancellationHandler {
            await answer(request, on: bound, handle: handle)
        } onCancel: {
            guard let taskID = handle.cancel() else { return }
            Task(executorPreference: executor) { await self.cancelHostCall(taskID: taskID) }
        }
    }

    private func answer(_ request: HTTPRequestData, on bound: LoopBound<ServerObject>, handle: HostCallHandle) async
        -> HTTPResponseData
    {
        hostCalls.arrived()
        let server = bound.value
        guard !server.isClosed else { return .error(503, "the server at \(server.url) is closing") }
        switch server.app.dispatch(request) {
        case .answer(let response):
            return response
        case .handler(let function, let requestObject):
            let handler: TaskObject
            do {
                handler = try vm.spawnFunctionCall(
                    function, [.object(requestObject)], taskName: nil, anonymousName: requestObject.line)
            } catch {
                return ServerApp.response(to: .failure(ScriptError(vm.errorObject(from: error))), of: requestObject, warnings: warnings)
            }
            server.began(handler)
            if handle.attach(to: handler.id) { scheduler.cancel(handler, cause: .host) }
            wake()
            if let deadlock = await driveToEnd(handler) {
                return ServerApp.response(to: .failure(ScriptError(deadlock)), of: requestObject, warnings: warnings)
            }
            if let error = handler.error, error.isCancellation {
                handler.errorRetrieved = true
                // The client went away (nobody reads this), or the server closed past its deadline.
                return .error(503, "the server at \(server.url) closed before the handler finished")
            }
            if handler.error != nil { handler.errorRetrieved = true }
            let outcome: Result<Value, ScriptError> = handler.error.map { .failure(ScriptError($0)) } ?? .success(handler.result)
            return ServerApp.response(to: outcome, of: requestObject, warnings: warnings)
        }
    }
}

extension EventLoop {
    /// At the end of a script or session: servers stop taking requests.
    /// Returns their listeners, to close once the handlers are cancelled.
    func stopServers() -> [any HTTPListener] {
        vm.openServers.compactMap { $0.stopTaking(in: vm) }
    }

    /// Closes what `stopServers` returned; returns when their connections are done.
    nonisolated func close(_ listeners: [any HTTPListener]) async {
        for listener in listeners { await listener.close() }
    }
}
