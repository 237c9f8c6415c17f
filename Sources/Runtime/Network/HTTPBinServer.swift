import Runtime

/// `asyncrepl httpbin`: the simulated network's httpbin.org (`HTTPBin`),
/// answering real requests, with its `/delay/N` waits in real time.
public enum HTTPBinServer {
    /// Starts serving at host:port (0: a free port).
    public static func start(host: String, port: Int, on transport: NetworkTransport) async throws -> any HTTPListener {
        try await transport.listen(host: host, port: port, respond: answer)
    }

    @Sendable static func answer(_ request: HTTPRequestData) async -> HTTPResponseData {
        let (response, delay) = HTTPBin.respond(to: asForwarded(request))
        if delay > 0 { try? await Task.sleep(nanoseconds: UInt64(delay * 1e9)) }
        return response
    }

    /// A request a proxy forwarded (`asyncrepl run --httpbin` does), as it was
    /// sent: to `https://httpbin.org/…`, without the proxy's headers.
    static func asForwarded(_ request: HTTPRequestData) -> HTTPRequestData {
        func header(_ name: String) -> String? {
            request.headers.first { $0.name.lowercased() == name }?.value
        }
        guard let host = header("x-forwarded-host"), let schemeEnd = request.url.range(of: "://") else { return request }
        var forwarded = request
        let scheme = header("x-forwarded-proto") ?? "http"
        let path = request.url[schemeEnd.upperBound...].drop { $0 != "/" && $0 != "?" }
        forwarded.url = "\(scheme)://\(host)\(path)"
        forwarded.headers.removeAll { $0.name.lowercased().hasPrefix("x-forwarded-") }
        forwarded.headers = forwarded.headers.map { $0.name.lowercased() == "host" ? HTTPHeader($0.name, host) : $0 }
        return forwarded
    }
}
