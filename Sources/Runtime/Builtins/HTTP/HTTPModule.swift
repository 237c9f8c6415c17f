/// `http`: requests (`get`, `post`, `put`, `delete`, `request`), clients with
/// their own limits (`client`), servers (`server`, `response`). Every request
/// is an awaitable; on the virtual clock it crosses the simulated network.
extension Module {
    public static let http = Module(
        "http", namespace: true, doc: "HTTP requests, clients and servers",
        functions: HTTPModule.requestFunctions,
        types: [ClientObject.nativeType, ServerApp.nativeType, ResponseObject.nativeType, ServerObject.nativeType, RequestObject.nativeType])
}

enum HTTPModule {
    /// Seconds a request may take unless it says otherwise.
    static let defaultTimeout: Int64 = 30_000_000_000

    /// The labels each kind of request takes.
    private static let readLabels: Set<String> = ["headers", "timeout", "query"]
    private static let writeLabels: Set<String> = ["headers", "timeout", "query", "json", "body"]

    /// `http.get(url)` and the rest, on no client.
    static var requestFunctions: [NativeFunction] {
        requests.map { spec in
            NativeFunction("http." + spec.name, arity: spec.arity, labels: spec.labels, doc: "http." + spec.doc) { args in
                try exchange(spec, args, client: nil)
            }
        }
    }

    /// `c.get(url)` and the rest, on a client (`open` checks it may still send).
    static func requestMethods<Client: Obj>(
        on _: Client.Type, open: @escaping (Client, Arguments) throws -> ClientObject
    ) -> [NativeMethod<Client>] {
        requests.map { spec in
            NativeMethod(spec.name, arity: spec.arity, labels: spec.labels, doc: spec.doc) { client, args in
                try exchange(spec, args, client: try open(client, args))
            }
        }
    }

    private struct RequestSpec {
        let name: String
        /// nil for `request`, whose first argument is the method.
        let method: String?
        let labels: Set<String>
        let doc: String
        var arity: ClosedRange<Int> { method == nil ? 2...2 : 1...1 }
    }

    private static let requests = [
        RequestSpec(
            name: "get", method: "GET", labels: readLabels,
            doc: "get(url, headers: {}, query: {}, timeout: 30) — awaitable: the response (any status; HttpError if it cannot connect)"),
        RequestSpec(
            name: "post", method: "POST", labels: writeLabels,
            doc: "post(url, json: value, body: text, headers: {}, timeout: 30) — awaitable: the response"),
        RequestSpec(
            name: "put", method: "PUT", labels: writeLabels,
            doc: "put(url, json: value, body: text, headers: {}, timeout: 30) — awaitable: the response"),
        RequestSpec(
            name: "delete", method: "DELETE", labels: readLabels,
            doc: "delete(url, headers: {}, timeout: 30) — awaitable: the response"),
        RequestSpec(
            name: "request", method: nil, labels: writeLabels,
            doc: "request(method, url, json:, body:, headers:, query:, timeout:) — awaitable: the response to any method"),
    ]

    private static func exchange(_ spec: RequestSpec, _ args: Arguments, client: ClientObject?) throws -> Value {
        let method = try spec.method ?? args.string(0, "a method such as \"PUT\"").uppercased()
        let urlIndex = spec.method == nil ? 1 : 0
        let url = try HTTPArguments.url(try args.string(urlIndex, "a URL"), query: args)
        var headers = try HTTPArguments.headers(args)
        let (body, contentType) = try HTTPArguments.body(args)
        if let contentType, headers.value(of: "Content-Type") == nil { headers.append(HTTPHeader("Content-Type", contentType)) }
        let timeout = try args.nanoseconds(label: "timeout") ?? client?.timeout ?? defaultTimeout
        let request = HTTPRequestData(method: method, url: url, headers: headers, body: body)
        return .object(HTTPExchange(request, timeout: timeout, client: client, name: "http." + spec.name))
    }
}
