/// An HTTP response: what `http.get` gives back (`r.status`, `r.headers`,
/// `r.text`, `r.json()`, `r.url`, `r.elapsed`), and what a handler may return
/// through `http.response(status, json:, body:, headers:)`.
final class ResponseObject: NativeObject {
    let data: HTTPResponseData
    /// Seconds from sending the request to the whole response having arrived.
    let elapsed: Double

    init(_ data: HTTPResponseData, elapsed: Double = 0) {
        self.data = data
        self.elapsed = elapsed
        super.init(type: Self.nativeType)
    }

    var text: String { String(decoding: data.body, as: UTF8.self) }

    static let nativeType: NativeType = NativeType(
        "response", of: ResponseObject.self,
        constructor: NativeFunction(
            "http.response", arity: 0...1, labels: ["json", "body", "headers"],
            doc: "http.response(status = 200, json: value, body: text, headers: {}) — what a handler returns to choose its status and headers"
        ) { args in .object(try ResponseObject(responding: args)) },
        fields: [
            NativeField("status", doc: "status — the status code: 200, 404…") { .int($0.data.status) },
            NativeField("headers", doc: "headers — a map of the response's headers") { $0.data.headers.map },
            NativeField("text", doc: "text — the body as text") { .string($0.text) },
            NativeField("url", doc: "url — the URL that answered") { .string($0.data.url) },
            NativeField("elapsed", doc: "elapsed — seconds from sending the request to the whole response") {
                .float($0.elapsed)
            },
        ],
        methods: [
            NativeMethod("json", doc: "json() — the body read as JSON; a ValueError when it is not JSON") { response, _ in
                try JSONReader.read(response.text)
            }
        ],
        display: { "<response \($0.data.status)\($0.data.url.isEmpty ? "" : " " + $0.data.url)>" })

    /// `http.response(201, json: user)`.
    private convenience init(responding args: Arguments) throws {
        let status = try args.optional(0).map { _ in try args.int(0, "a status code") } ?? 200
        guard (100...599).contains(status) else {
            throw ScriptError.value("http.response() needs a status code from 100 to 599, got \(status)")
        }
        var headers = try HTTPArguments.headers(args)
        var body: [UInt8] = []
        if let json = args.label("json") {
            if args.label("body") != nil { throw ScriptError.type("http.response() takes 'json:' or 'body:', not both") }
            body = Array(try JSONWriter.write(json).utf8)
            if headers.value(of: "Content-Type") == nil { headers.append(HTTPHeader("Content-Type", "application/json")) }
        } else if let text = try args.string(label: "body") {
            body = Array(text.utf8)
            if headers.value(of: "Content-Type") == nil { headers.append(HTTPHeader("Content-Type", "text/plain; charset=utf-8")) }
        }
        self.init(HTTPResponseData(status: status, headers: headers, body: body))
    }
}

/// Reading HTTP options from a call's arguments, the same for every function that takes them.
enum HTTPArguments {
    /// `headers: {"X-A": "1"}`.
    static func headers(_ args: some ArgumentList) throws -> [HTTPHeader] {
        guard let value = args.label("headers"), case .object(let object) = value, object.kind == .map else {
            if let value = args.label("headers"), !isNil(value) { throw args.labelMismatch("headers", "a map of strings", value) }
            return []
        }
        return try unsafeDowncast(object, to: MapObject.self).entries.map { key, value in
            guard case .string(let name) = key else { throw args.labelMismatch("headers", "a map with string names", key.value) }
            return HTTPHeader(name.text, Printer.display(value))
        }
    }

    /// The body and its content type from `json:` or `body:`.
    static func body(_ args: some ArgumentList) throws -> (bytes: [UInt8], contentType: String?) {
        if let json = args.label("json") {
            if args.label("body") != nil { throw ScriptError.type("\(args.functionName)() takes 'json:' or 'body:', not both") }
            return (Array(try JSONWriter.write(json).utf8), "application/json")
        }
        if let text = try args.string(label: "body") { return (Array(text.utf8), "text/plain; charset=utf-8") }
        return ([], nil)
    }

    /// `query: {"q": "a b"}` appended to the URL, encoded.
    static func url(_ url: String, query args: some ArgumentList) throws -> String {
        guard let value = args.label("query"), !isNil(value) else { return url }
        guard case .object(let object) = value, object.kind == .map else {
            throw args.labelMismatch("query", "a map", value)
        }
        let pairs = unsafeDowncast(object, to: MapObject.self).entries.map { key, value in
            encoded(Printer.display(key.value)) + "=" + encoded(Printer.display(value))
        }
        guard !pairs.isEmpty else { return url }
        return url + (url.contains("?") ? "&" : "?") + pairs.joined(separator: "&")
    }

    /// Percent-encoding of a query component (RFC 3986 unreserved characters stay).
    static func encoded(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            let scalar = Unicode.Scalar(byte)
            if scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-._~".unicodeScalars.contains(scalar)) {
                result.unicodeScalars.append(scalar)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count < 2 ? "0" : "") + hex
            }
        }
        return result
    }

    private static func isNil(_ value: Value) -> Bool {
        if case .nil = value { return true }
        return false
    }
}
