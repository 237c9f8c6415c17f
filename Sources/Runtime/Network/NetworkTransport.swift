import AsyncHTTPClient
import Logging
import NIOCore
import NIOHTTP1
import NIOPosix
import Runtime
import Synchronization
import struct Foundation.URL

/// Real HTTP for the `http` module: requests through an AsyncHTTPClient of
/// its own (not `HTTPClient.shared`, which cannot be shut down and has a
/// browser's defaults), servers through Hummingbird. `shutdown()` when the
/// interpreters using it are done waits for the client's connections to
/// close; a transport released without it still shuts its client down, in
/// the background (a REPL's `:reset`, a host that drops its interpreter).
public final class NetworkTransport: HTTPTransport {
    /// Made at the first request: a script that sends none starts no threads.
    private let madeClient = Mutex<HTTPClient?>(nil)
    /// The largest body a response may have.
    static let maxBody = 256 << 20

    /// Where requests for some hosts go instead: `httpbin.org` to `http://127.0.0.1:8080`.
    private let substitutes: [String: String]

    /// `substitutes` sends requests for a host (`httpbin.org`) to another server
    /// (`http://127.0.0.1:8080`, say one `asyncrepl httpbin` serves); responses
    /// show the URL the script asked for.
    public init(substitutes: [String: String] = [:]) {
        self.substitutes = substitutes
    }

    deinit {
        // The shutdown holds the client until its pool has closed.
        madeClient.withLock { $0 }?.shutdown { _ in }
    }

    private var client: HTTPClient {
        madeClient.withLock { client in
            if let client { return client }
            var configuration = HTTPClient.Configuration()
            configuration.redirectConfiguration = .follow(max: 10, allowCycles: false)
            configuration.connectionPool = .init(idleTimeout: .seconds(60))
            configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = 50
            configuration.timeout = .init(connect: .seconds(10))
            // A refused connection fails the request at once, as in asyncio, instead of being
            // retried until the connect timeout: scripts here mostly talk to servers they started.
            configuration.connectionPool.retryConnectionEstablishment = false
            let made = HTTPClient(eventLoopGroup: MultiThreadedEventLoopGroup.singleton, configuration: configuration)
            client = made
            return made
        }
    }

    /// Ends the client's connections (a request after it starts a new client).
    public func shutdown() async {
        let client = madeClient.withLock { client in
            defer { client = nil }
            return client
        }
        try? await client?.shutdown()
    }

    public func send(_ request: HTTPRequestData, timeout: Double) async throws -> HTTPResponseData {
        let (target, origin) = substituted(request.url)
        var outgoing = HTTPClientRequest(url: target)
        outgoing.method = HTTPMethod(rawValue: request.method)
        for header in request.headers { outgoing.headers.add(name: header.name, value: header.value) }
        if let origin {
            // What a reverse proxy says, so that the substitute can answer as the original would.
            let parts = origin.original.split(separator: "://", maxSplits: 1)
            outgoing.headers.add(name: "X-Forwarded-Proto", value: String(parts[0]))
            outgoing.headers.add(name: "X-Forwarded-Host", value: String(parts[1]))
        }
        if !request.body.isEmpty { outgoing.body = .bytes(ByteBuffer(bytes: request.body)) }
        let prepared = outgoing
        do {
            // AsyncHTTPClient's deadline ends at the response's head; the script's
            // timeout covers the whole exchange, body included.
            return try await withThrowingTaskGroup(of: HTTPResponseData.self) { group in
                group.addTask { [client] in
                    let response = try await client.execute(prepared, timeout: .nanoseconds(Int64((timeout * 1e9).rounded())))
                    let body = try await response.body.collect(upTo: Self.maxBody)
                    var answered = response.url?.absoluteString ?? target
                    if let origin, answered.hasPrefix(origin.substitute) {
                        answered = origin.original + answered.dropFirst(origin.substitute.count)
                    }
                    return HTTPResponseData(
                        status: Int(response.status.code), headers: response.headers.map { HTTPHeader($0.name, $0.value) },
                        body: Array(buffer: body), url: answered)
                }
                group.addTask {
                    try await Task.sleep(nanoseconds: UInt64((timeout * 1e9).rounded()))
                    throw HTTPTransportError.timedOut
                }
                defer { group.cancelAll() }
                return try await group.next()!
            }
        } catch let error as HTTPTransportError {
            throw error
        } catch let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout {
            throw HTTPTransportError.timedOut
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            // A substitute's failure names the substitute, which is what to fix.
            let standIn = origin.map { " (it stands in for \($0.original))" } ?? ""
            throw HTTPTransportError.failed(Self.reason(error, url: target) + standIn)
        }
    }

    public func listen(
        host: String, port: Int, respond: @escaping @Sendable (HTTPRequestData) async -> HTTPResponseData
    ) async throws -> any HTTPListener {
        try await HummingbirdListener.start(host: host, port: port, respond: respond)
    }

    /// The URL to send to, and when it was substituted, the two origins.
    private func substituted(_ url: String) -> (String, (original: String, substitute: String)?) {
        guard !substitutes.isEmpty, let parsed = URL(string: url), let host = parsed.host, let substitute = substitutes[host],
            let scheme = parsed.scheme, let schemeEnd = url.range(of: "://")
        else { return (url, nil) }
        let afterScheme = url[schemeEnd.upperBound...]
        let authority = afterScheme.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let original = "\(scheme)://\(authority)"
        return (substitute + afterScheme.dropFirst(authority.count), (original, substitute))
    }

    /// What went wrong, as a person would say it: `connection refused by 127.0.0.1:9`.
    static func reason(_ error: any Error, url: String) -> String {
        let text = String(describing: error)
        let target = hostAndPort(url)
        if text.contains("connectionRefused") || text.contains("Connection refused") || text.contains("ECONNREFUSED") {
            return "connection refused by \(target)"
        }
        if let parser = error as? HTTPParserError, parser == .invalidEOFState {
            return "\(target) closed the connection before the whole body arrived"
        }
        if let channel = error as? ChannelError, channel == .ioOnClosedChannel || channel == .eof || channel == .outputClosed {
            return "\(target) closed the connection before answering"
        }
        if text.contains("Connection reset by peer") || text.contains("ECONNRESET") {
            return "\(target) reset the connection before answering"
        }
        if error is NIOTooManyBytesError { return "the response body is longer than \(maxBody >> 20) MB" }
        if let client = error as? HTTPClientError {
            if [.invalidURL, .emptyHost, .emptyScheme].contains(client) || text.contains("unsupportedScheme") {
                return "not an http or https URL: \(url)"
            }
            if client == .remoteConnectionClosed { return "\(target) closed the connection before answering" }
            if client == .connectTimeout { return "could not connect to \(target) within 10 s" }
        }
        if text.contains("NXDOMAIN") || text.contains("unknownHost") || text.contains("Name or service not known") {
            return "no such host: \(target)"
        }
        return text
    }

    private static func hostAndPort(_ url: String) -> String {
        guard let parsed = URL(string: url) else { return url }
        return "\(parsed.host ?? "?"):\(parsed.port ?? (parsed.scheme == "https" ? 443 : 80))"
    }
}
