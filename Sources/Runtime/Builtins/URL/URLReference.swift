/// A URL split into the parts of RFC 3986 (`scheme://authority/path?query#fragment`),
/// and the resolution of a reference against a base (section 5.2), which is
/// what `url.join` and the crawler's links need: `url.join("http://a/b/c", "../d")`
/// is `http://a/d`, as Python's `urljoin` and browsers give.
struct URLReference: Equatable {
    var scheme: String?
    var authority: String?
    var path: String
    var query: String?
    var fragment: String?

    /// Splits text into its parts (RFC 3986 appendix B, which accepts any string).
    init(_ text: String) {
        var rest = Substring(text)
        if let fragmentStart = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: fragmentStart)...])
            rest = rest[..<fragmentStart]
        }
        if let queryStart = rest.firstIndex(of: "?") {
            query = String(rest[rest.index(after: queryStart)...])
            rest = rest[..<queryStart]
        }
        if let colon = rest.firstIndex(of: ":"), Self.isScheme(rest[..<colon]) {
            scheme = rest[..<colon].lowercased()
            rest = rest[rest.index(after: colon)...]
        }
        if rest.hasPrefix("//") {
            rest = rest.dropFirst(2)
            let end = rest.firstIndex(of: "/") ?? rest.endIndex
            authority = String(rest[..<end])
            rest = rest[end...]
        }
        path = String(rest)
    }

    init(scheme: String?, authority: String?, path: String, query: String?, fragment: String?) {
        self.scheme = scheme
        self.authority = authority
        self.path = path
        self.query = query
        self.fragment = fragment
    }

    private static func isScheme(_ text: Substring) -> Bool {
        guard let first = text.first, first.isASCII, first.isLetter else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }

    /// The text again: the parts joined as RFC 3986 section 5.3 does.
    var text: String {
        var result = ""
        if let scheme { result += scheme + ":" }
        if let authority { result += "//" + authority }
        result += path
        if let query { result += "?" + query }
        if let fragment { result += "#" + fragment }
        return result
    }

    /// The host and port of the authority (`user@host:port`; `[::1]:8080`).
    var hostAndPort: (host: String, port: Int?) {
        guard var authority else { return ("", nil) }
        if let at = authority.lastIndex(of: "@") { authority = String(authority[authority.index(after: at)...]) }
        if authority.hasPrefix("["), let close = authority.firstIndex(of: "]") {
            let host = String(authority[authority.index(after: authority.startIndex)..<close])
            let after = authority[authority.index(after: close)...]
            return (host, after.hasPrefix(":") ? Int(after.dropFirst()) : nil)
        }
        if let colon = authority.lastIndex(of: ":") {
            return (authority[..<colon].lowercased(), Int(authority[authority.index(after: colon)...]))
        }
        return (authority.lowercased(), nil)
    }

    /// `reference` resolved against this base (RFC 3986 section 5.2.2).
    func resolving(_ reference: URLReference) -> URLReference {
        if reference.scheme != nil {
            return URLReference(
                scheme: reference.scheme, authority: reference.authority, path: Self.removingDotSegments(reference.path),
                query: reference.query, fragment: reference.fragment)
        }
        if reference.authority != nil {
            return URLReference(
                scheme: scheme, authority: reference.authority, path: Self.removingDotSegments(reference.path),
                query: reference.query, fragment: reference.fragment)
        }
        if reference.path.isEmpty {
            return URLReference(
                scheme: scheme, authority: authority, path: path, query: reference.query ?? query,
                fragment: reference.fragment)
        }
        let merged = reference.path.hasPrefix("/") ? reference.path : merge(reference.path)
        return URLReference(
            scheme: scheme, authority: authority, path: Self.removingDotSegments(merged), query: reference.query,
            fragment: reference.fragment)
    }

    /// RFC 3986 section 5.2.3.
    private func merge(_ relative: String) -> String {
        if authority != nil && path.isEmpty { return "/" + relative }
        guard let slash = path.lastIndex(of: "/") else { return relative }
        return String(path[...slash]) + relative
    }

    /// RFC 3986 section 5.2.4: `/a/b/../c/./d` is `/a/c/d`.
    static func removingDotSegments(_ path: String) -> String {
        var input = Substring(path)
        var output: [Substring] = []
        while !input.isEmpty {
            if input.hasPrefix("../") {
                input = input.dropFirst(3)
            } else if input.hasPrefix("./") {
                input = input.dropFirst(2)
            } else if input.hasPrefix("/./") {
                input = input.dropFirst(2)
            } else if input == "/." {
                input = "/"
            } else if input.hasPrefix("/../") || input == "/.." {
                input = input == "/.." ? "/" : input.dropFirst(3)
                if !output.isEmpty { output.removeLast() }
            } else if input == "." || input == ".." {
                input = ""
            } else {
                let start = input.hasPrefix("/") ? input.index(after: input.startIndex) : input.startIndex
                let end = input[start...].firstIndex(of: "/") ?? input.endIndex
                output.append(input[..<end])
                input = input[end...]
            }
        }
        return output.joined()
    }
}
