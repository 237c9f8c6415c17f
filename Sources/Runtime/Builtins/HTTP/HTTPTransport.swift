/// What carries real HTTP for an interpreter (`Configuration.httpTransport`);
/// the command line's is `RuntimeNetwork.NetworkTransport` (AsyncHTTPClient
/// and Hummingbird). Both calls come from off the interpreter's thread.
public protocol HTTPTransport: Sendable {
    /// Sends one request and collects the whole response. Cancelling the
    /// calling Swift task must end the request at once.
    func send(_ request: HTTPRequestData, timeout: Double) async throws -> HTTPResponseData

    /// Starts answering requests at host:port (port 0: a free one), each with
    /// `respond`, called concurrently; returns once connections are accepted.
    /// When the client goes away before its answer, the transport cancels the
    /// Swift task that called `respond` (the script's handler is cancelled).
    func listen(
        host: String, port: Int, respond: @escaping @Sendable (HTTPRequestData) async -> HTTPResponseData
    ) async throws -> any HTTPListener
}

/// A server a transport started.
public protocol HTTPListener: Sendable {
    /// The port it listens on (the one chosen, for port 0).
    var port: Int { get }
    /// Stops accepting connections; returns when those open have had their answers.
    func close() async
}

/// What a transport reports instead of a response.
public enum HTTPTransportError: Error, Sendable {
    /// The exchange took longer than its timeout.
    case timedOut
    /// No connection, or it broke: the reason, as a person would say it
    /// (`connection refused by 127.0.0.1:9`).
    case failed(String)

    func scriptError(for request: HTTPRequestData, timeout: Double) -> ScriptError {
        switch self {
        case .timedOut: return HTTPExchange.timedOut(request, after: timeout)
        case .failed(let reason): return HTTPExchange.failed(request.url, reason)
        }
    }
}
