/// `http.server()`: routes (`app.get("/users/:id", handler)`, `post`, `put`,
/// `delete`) and `await app.listen(port:, host:)`. A request is matched to a
/// route here, whichever network it came over; its handler runs as a task.
final class ServerApp: NativeObject {
    struct Route {
        let method: String
        let segments: [Substring]
        let handler: Value
    }

    private(set) var routes: [Route] = []

    init() {
        super.init(type: Self.nativeType)
    }

    static let nativeType: NativeType = NativeType(
        "app", of: ServerApp.self,
        constructor: NativeFunction(
            "http.server", arity: 0,
            doc: "http.server() — an app: add routes with get/post/put/delete, then `await app.listen(port: 0)`"
        ) { _ in .object(ServerApp()) },
        fields: [NativeField("routes", doc: "routes — [method, pattern] of each route") { app in
            .list(app.routes.map { .list([.string($0.method), .string("/" + $0.segments.joined(separator: "/"))]) })
        }],
        methods: ["get", "post", "put", "delete"].map { method in
            NativeMethod(
                method, arity: 2,
                doc: "\(method)(pattern, handler) — answers \(method.uppercased()) requests for paths like \"/users/:id\""
            ) { app, args in
                try app.add(method.uppercased(), try args.string(0, "a path pattern"), args[1])
                return .nil
            }
        } + [
            NativeMethod(
                "listen", arity: 0, labels: ["port", "host"],
                doc: "listen(port: 0, host: \"127.0.0.1\") — awaitable: the server, once it accepts requests (port 0 picks a free one)"
            ) { app, args in
                let port = try args.int(label: "port") ?? 0
                guard (0...65535).contains(port) else { throw ScriptError.value("listen() needs a port from 0 to 65535, got \(port)") }
                return .object(ListenOperation(app: app, host: try args.string(label: "host") ?? "127.0.0.1", port: port))
            }
        ],
        display: { "<app of \($0.routes.count) route\($0.routes.count == 1 ? "" : "s")>" })

    private func add(_ method: String, _ pattern: String, _ handler: Value) throws {
        guard pattern.hasPrefix("/") else { throw ScriptError.value("a route's pattern starts with '/', got \"\(pattern)\"") }
        guard Self.isCallable(handler) else { throw ScriptError.type("a route's handler is a function, got \(handler.typeName)") }
        routes.append(Route(method: method, segments: pattern.split(separator: "/"), handler: handler))
    }

    private static func isCallable(_ value: Value) -> Bool {
        switch value {
        case .function, .native: return true
        case .object(let object): return object.kind == .closure || object.kind == .boundMethod
        default: return false
        }
    }

    /// What answers a request: a handler to run with its request object, or at once
    /// 404 (no route has that path) or 405 (one has, for another method).
    enum Dispatch {
        case handler(Value, RequestObject)
        case answer(HTTPResponseData)
    }

    func dispatch(_ request: HTTPRequestData) -> Dispatch {
        let reference = URLReference(request.url)
        let path = reference.path.isEmpty ? "/" : reference.path
        let segments = path.split(separator: "/")
        var allowed: [String] = []
        for route in routes {
            guard let params = Self.match(route.segments, segments) else { continue }
            guard route.method == request.method else {
                allowed.append(route.method)
                continue
            }
            let query = Self.queryMap(reference.query)
            return .handler(route.handler, RequestObject(request, path: path, params: params, query: query))
        }
        if allowed.isEmpty { return .answer(.error(404, "no route for \(path)")) }
        var response = HTTPResponseData.error(405, "\(request.method) is not allowed for \(path)")
        response.headers.append(HTTPHeader("Allow", allowed.joined(separator: ", ")))
        return .answer(response)
    }

    private static func match(_ pattern: [Substring], _ path: [Substring]) -> [String: String]? {
        guard pattern.count == path.count else { return nil }
        var params: [String: String] = [:]
        for (expected, actual) in zip(pattern, path) {
            if expected.hasPrefix(":") {
                params[String(expected.dropFirst())] = HTTPBin.decodedComponent(String(actual))
            } else if expected != actual {
                return nil
            }
        }
        return params
    }

    private static func queryMap(_ query: String?) -> Value {
        let map = MapObject()
        for pair in (query ?? "").split(separator: "&") where !pair.isEmpty {
            let parts = pair.split(separator: "=", maxSplits: 1).map { HTTPBin.decodedComponent(String($0)) }
            map.entries[.string(parts[0])] = .string(parts.count > 1 ? parts[1] : "")
        }
        return .object(map)
    }

    /// The response for what a handler returned or threw: a map or list is JSON
    /// (200), a string text (200), `http.response(…)` as it says, nil 204; an
    /// error 500 with `{"error": …}` (400 when the body was not the JSON it
    /// asked for), and a warning line for the 500.
    static func response(to outcome: Result<Value, ScriptError>, of request: RequestObject, warnings: WarningSink)
        -> HTTPResponseData
    {
        let route = request.line
        switch outcome {
        case .failure(let thrown) where thrown.error.isBadRequest:
            return .error(400, thrown.error.message)
        case .failure(let thrown):
            warnings.warn("the handler for \(route) failed: \(thrown.error.summary)")
            return .error(500, thrown.error.summary)
        case .success(let value):
            switch value {
            case .nil:
                return HTTPResponseData(status: 204)
            case .object(let object) where object.kind == .map || object.kind == .list:
                return (try? JSONWriter.write(value)).map {
                    HTTPResponseData(status: 200, headers: [HTTPHeader("Content-Type", "application/json")], body: Array($0.utf8))
                } ?? .error(500, "the handler for \(route) returned a value JSON cannot hold")
            case .object(let object) where object.kind == .string:
                return HTTPResponseData(
                    status: 200, headers: [HTTPHeader("Content-Type", "text/plain; charset=utf-8")],
                    body: Array(unsafeDowncast(object, to: StringObject.self).value.utf8))
            case .object(let object) where object is ResponseObject:
                return unsafeDowncast(object, to: ResponseObject.self).data
            default:
                warnings.warn("the handler for \(route) returned \(value.typeName); it returns a map, a list, a string or http.response(…)")
                return .error(500, "the handler returned \(value.typeName)")
            }
        }
    }
}
