/// What a server's handler is given: `req.method`, `req.path`, `req.params`
/// (the route's `:name` parts), `req.query`, `req.headers`, `req.text` and
/// `req.json()`.
final class RequestObject: NativeObject {
    let data: HTTPRequestData
    let path: String
    let params: [String: String]
    let query: Value

    init(_ data: HTTPRequestData, path: String, params: [String: String], query: Value) {
        self.data = data
        self.path = path
        self.params = params
        self.query = query
        super.init(type: Self.nativeType)
    }

    var text: String { String(decoding: data.body, as: UTF8.self) }

    /// `GET /users/7`: how warnings and an anonymous handler's task name it.
    var line: String { "\(data.method) \(path)" }

    static let nativeType: NativeType = NativeType(
        "request", of: RequestObject.self, doc: "request — what a server's handler is given",
        fields: [
            NativeField("method", doc: "method — \"GET\", \"POST\"…") { .string($0.data.method) },
            NativeField("path", doc: "path — the path asked for, without the query") { .string($0.path) },
            NativeField("params", doc: "params — the route's :name parts, by name") { request in
                let map = MapObject()
                for (name, value) in request.params.sorted(by: { $0.key < $1.key }) { map.entries[.string(name)] = .string(value) }
                return .object(map)
            },
            NativeField("query", doc: "query — the query string's parameters, by name") { $0.query },
            NativeField("headers", doc: "headers — a map of the request's headers") { $0.data.headers.map },
            NativeField("text", doc: "text — the body as text") { .string($0.text) },
            NativeField("url", doc: "url — the whole URL asked for") { .string($0.data.url) },
        ],
        methods: [
            NativeMethod("json", doc: "json() — the body read as JSON; invalid JSON answers 400 Bad Request") { request, _ in
                do {
                    return try JSONReader.read(request.text)
                } catch let error as ScriptError {
                    error.error.isBadRequest = true
                    throw error
                }
            }
        ],
        display: { "<request \($0.data.method) \($0.path)>" })
}

extension ErrorObject {
    /// A request's body was not the JSON its handler asked for: the server answers 400, not 500.
    var isBadRequest: Bool {
        get { fields["bad_request"] != nil }
        set { fields["bad_request"] = newValue ? .bool(true) : nil }
    }
}
