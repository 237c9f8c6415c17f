/// The network of the virtual clock (LANGUAGE.md 6.8): no sockets. A request
/// to a host and port where the script listens is delivered in-process, one to
/// `httpbin.org` is answered by `HTTPBin`, any other is refused; each costs
/// the latency, in virtual time, so a run gives the same output every time.
final class SimulatedNetwork {
    /// Nanoseconds a request costs on top of what its endpoint takes (`--net-latency`).
    let latency: Int64
    // @exclusivity(unchecked) in this file: see "Exclusivity" in Sources/Runtime/README.md.
    @exclusivity(unchecked) private var servers: [String: ServerObject] = [:]
    /// The next port `listen(port: 0)` tries.
    @exclusivity(unchecked) private var nextFreePort = 49_152

    init(latency: Int64) {
        self.latency = latency
    }

    enum Endpoint {
        case httpbin
        case server(ServerObject)
        case refused(String)
    }

    /// Where a request to `url` goes.
    func endpoint(of url: String) -> Endpoint {
        let reference = URLReference(url)
        guard let scheme = reference.scheme, scheme == "http" || scheme == "https", reference.authority != nil else {
            return .refused("not an http or https URL: \(url)")
        }
        let (host, port) = reference.hostAndPort
        if host == "httpbin.org" { return .httpbin }
        if let server = servers[Self.key(host, port ?? (scheme == "https" ? 443 : 80))] { return .server(server) }
        return .refused("connection refused by \(host):\(port ?? (scheme == "https" ? 443 : 80))")
    }

    /// Starts answering at host:port (port 0: the next free one); returns the port.
    func listen(_ server: ServerObject, host: String, port: Int) throws -> Int {
        var chosen = port
        if chosen == 0 {
            while servers[Self.key(host, nextFreePort)] != nil { nextFreePort += 1 }
            chosen = nextFreePort
            nextFreePort += 1
        }
        guard servers[Self.key(host, chosen)] == nil else {
            throw ScriptError(ErrorKind.httpError, "\(host):\(chosen) is already in use by another server")
        }
        servers[Self.key(host, chosen)] = server
        return chosen
    }

    func close(_ server: ServerObject) {
        servers = servers.filter { $0.value !== server }
    }

    private static func key(_ host: String, _ port: Int) -> String {
        "\(host == "localhost" ? "127.0.0.1" : host):\(port)"
    }
}
