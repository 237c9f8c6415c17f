/// A request or a response as transports carry it: plain data, no script
/// values, so it may cross threads (a real network's event loops).
public struct HTTPRequestData: Sendable {
    public var method: String
    public var url: String
    public var headers: [HTTPHeader]
    public var body: [UInt8]

    public init(method: String, url: String, headers: [HTTPHeader] = [], body: [UInt8] = []) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}

public struct HTTPResponseData: Sendable {
    public var status: Int
    public var headers: [HTTPHeader]
    public var body: [UInt8]
    /// The URL that answered (after redirects, for a client).
    public var url: String

    public init(status: Int, headers: [HTTPHeader] = [], body: [UInt8] = [], url: String = "") {
        self.status = status
        self.headers = headers
        self.body = body
        self.url = url
    }

    /// A JSON body (`application/json`) written from a value.
    static func json(_ status: Int, _ value: Value, url: String = "") -> HTTPResponseData {
        let text = (try? JSONWriter.write(value)) ?? "null"
        return HTTPResponseData(
            status: status, headers: [HTTPHeader("Content-Type", "application/json")], body: Array(text.utf8), url: url)
    }

    /// `{"error": message}` with that status.
    static func error(_ status: Int, _ message: String, url: String = "") -> HTTPResponseData {
        let map = MapObject()
        map.entries[.string("error")] = .string(message)
        return json(status, .object(map), url: url)
    }
}

/// One header line; names compare without regard to case.
public struct HTTPHeader: Sendable, Equatable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

extension [HTTPHeader] {
    /// The first value of the header called `name`, whatever its case.
    func value(of name: String) -> String? {
        let wanted = name.lowercased()
        return first { $0.name.lowercased() == wanted }?.value
    }

    /// The headers as a script map; a name sent on several lines is one list of
    /// values (RFC 9110 section 5.3), joined with ", " as a proxy joins them.
    var map: Value {
        let map = MapObject()
        var names: [String] = []
        var values: [String: String] = [:]
        for header in self {
            if let earlier = values[header.name] {
                values[header.name] = earlier + ", " + header.value
            } else {
                names.append(header.name)
                values[header.name] = header.value
            }
        }
        for name in names { map.entries[.string(name)] = .string(values[name]!) }
        return .object(map)
    }
}
