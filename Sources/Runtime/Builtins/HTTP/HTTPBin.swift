/// The httpbin.org the simulated network answers for (and `asyncrepl httpbin`
/// serves over real HTTP): `/get`, `/delay/N`, `/status/N`, `/json`, `/html`,
/// `/links/N/I`, `/anything`, and at `/` a page linking to some of them. The answers are httpbin's, made deterministic:
/// the same request always gets the same bytes.
public enum HTTPBin {
    /// httpbin.org's longest `/delay/N`.
    static let maxDelay = 10.0

    /// The response to `request`, and how many seconds the endpoint waits
    /// before answering (`/delay/N`), on top of the network's latency.
    public static func respond(to request: HTTPRequestData) -> (response: HTTPResponseData, delay: Double) {
        let reference = URLReference(request.url)
        let segments = reference.path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        let url = request.url
        switch segments.first {
        case nil:
            return (html(index, url), 0)
        case "get" where segments.count == 1:
            guard request.method == "GET" else { return (methodNotAllowed(url), 0) }
            return (.json(200, echo(request, reference), url: url), 0)
        case "delay" where segments.count == 2:
            guard let seconds = Double(segments[1]), seconds >= 0 else { return (notFound(url), 0) }
            return (.json(200, echo(request, reference), url: url), min(seconds, maxDelay))
        case "status" where segments.count == 2:
            guard let status = Int(segments[1]), (100...599).contains(status) else {
                return (.error(400, "invalid status code", url: url), 0)
            }
            return (HTTPResponseData(status: status, url: url), 0)
        case "json" where segments.count == 1:
            return (HTTPResponseData(status: 200, headers: [HTTPHeader("Content-Type", "application/json")], body: Array(slideshow.utf8), url: url), 0)
        case "html" where segments.count == 1:
            return (html(mobyDick, url), 0)
        case "links" where segments.count == 3:
            guard let count = Int(segments[1]), let page = Int(segments[2]), count >= 0, count <= 200 else {
                return (notFound(url), 0)
            }
            return (html(links(count: count, page: page), url), 0)
        case "anything":
            return (.json(200, anything(request, reference), url: url), 0)
        default:
            return (notFound(url), 0)
        }
    }

    /// What `/get` and `/delay/N` send back: the query, the headers, who asked, the URL.
    private static func echo(_ request: HTTPRequestData, _ reference: URLReference) -> Value {
        let map = MapObject()
        map.entries[.string("args")] = arguments(of: reference)
        map.entries[.string("headers")] = headers(of: request, reference)
        map.entries[.string("origin")] = .string("127.0.0.1")
        map.entries[.string("url")] = .string(request.url)
        return .object(map)
    }

    /// `/anything` also sends back the method and the body (as text, and as JSON when it is some).
    private static func anything(_ request: HTTPRequestData, _ reference: URLReference) -> Value {
        let map = MapObject()
        let text = String(decoding: request.body, as: UTF8.self)
        map.entries[.string("args")] = arguments(of: reference)
        map.entries[.string("data")] = .string(text)
        map.entries[.string("headers")] = headers(of: request, reference)
        map.entries[.string("json")] = (try? JSONReader.read(text)) ?? .nil
        map.entries[.string("method")] = .string(request.method)
        map.entries[.string("origin")] = .string("127.0.0.1")
        map.entries[.string("url")] = .string(request.url)
        return .object(map)
    }

    private static func arguments(of reference: URLReference) -> Value {
        let map = MapObject()
        for pair in (reference.query ?? "").split(separator: "&") where !pair.isEmpty {
            let parts = pair.split(separator: "=", maxSplits: 1).map { Self.decodedComponent(String($0)) }
            map.entries[.string(parts[0])] = .string(parts.count > 1 ? parts[1] : "")
        }
        return .object(map)
    }

    private static func headers(of request: HTTPRequestData, _ reference: URLReference) -> Value {
        let map = MapObject()
        map.entries[.string("Host")] = .string(reference.authority ?? "httpbin.org")
        for header in request.headers { map.entries[.string(header.name)] = .string(header.value) }
        return .object(map)
    }

    /// `%41` and `+` in a query component decoded.
    static func decodedComponent(_ text: String) -> String {
        var bytes: [UInt8] = []
        var input = Array(text.utf8)[...]
        while let byte = input.first {
            input = input.dropFirst()
            if byte == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), input.count >= 2,
                let value = UInt8(String(decoding: input.prefix(2), as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                input = input.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func html(_ text: String, _ url: String) -> HTTPResponseData {
        HTTPResponseData(
            status: 200, headers: [HTTPHeader("Content-Type", "text/html; charset=utf-8")], body: Array(text.utf8), url: url)
    }

    private static func notFound(_ url: String) -> HTTPResponseData {
        HTTPResponseData(
            status: 404, headers: [HTTPHeader("Content-Type", "text/html")], body: Array("<h1>Not Found</h1>\n".utf8), url: url)
    }

    private static func methodNotAllowed(_ url: String) -> HTTPResponseData {
        HTTPResponseData(
            status: 405, headers: [HTTPHeader("Allow", "GET")], body: Array("<h1>Method Not Allowed</h1>\n".utf8), url: url)
    }

    /// `/links/N/I`: a page that links to every page J of 0..<N but I, as httpbin's does.
    static func links(count: Int, page: Int) -> String {
        var body = "<html><head><title>Links</title></head><body>"
        for other in 0..<count {
            body += other == page ? "\(other) " : "<a href='/links/\(count)/\(other)'>\(other)</a> "
        }
        return body + "</body></html>"
    }

    /// `/`: httpbin's front page lists its endpoints; this one links to those a crawler can walk.
    private static let index = """
        <!DOCTYPE html>
        <html><head><title>httpbin (simulated)</title></head>
        <body>
          <h1>httpbin</h1>
          <ul>
            <li><a href="/get">/get</a>: the request, echoed as JSON</li>
            <li><a href="/json">/json</a>: a JSON document</li>
            <li><a href="/html">/html</a>: an HTML page</li>
            <li><a href="/links/10/0">/links/10/0</a>: ten pages linking to each other</li>
          </ul>
        </body></html>
        """

    private static let slideshow = """
        {"slideshow": {"author": "Yours Truly", "date": "date of publication", "slides": [{"title": "Wake up to WonderWidgets!", "type": "all"}, {"items": ["Why <em>WonderWidgets</em> are great", "Who <em>buys</em> WonderWidgets"], "title": "Overview", "type": "all"}], "title": "Sample Slide Show"}}
        """

    private static let mobyDick = """
        <!DOCTYPE html>
        <html>
          <head>
          </head>
          <body>
              <h1>Herman Melville - Moby-Dick</h1>
              <div>
                <p>
                  Availing himself of the mild, summer-cool weather that now reigned in these latitudes, and in preparation for the peculiarly active pursuits shortly to be anticipated, Perth, the begrimed, blistered old blacksmith, had not removed his portable forge to the hold again, after concluding his contributory work for Ahab's leg, but still retained it on deck, fast lashed to ringbolts by the foremast.
                </p>
              </div>
          </body>
        </html>
        """
}
