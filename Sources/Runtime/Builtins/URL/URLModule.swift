/// `url.parse(u)` and `url.join(base, ref)`.
extension Module {
    public static let url = Module(
        "url", namespace: true, doc: "splitting URLs and resolving links",
        functions: [
            NativeFunction(
                "url.parse", arity: 1,
                doc: "url.parse(u) — {\"scheme\", \"host\", \"port\", \"path\", \"query\"}; port and query are nil when absent"
            ) { args in
                let reference = URLReference(try args.string(0, "a URL"))
                let (host, port) = reference.hostAndPort
                let map = MapObject()
                map.entries[.string("scheme")] = reference.scheme.map { .string($0) } ?? .nil
                map.entries[.string("host")] = .string(host)
                map.entries[.string("port")] = port.map { .int($0) } ?? .nil
                map.entries[.string("path")] = .string(reference.path)
                map.entries[.string("query")] = reference.query.map { .string($0) } ?? .nil
                return .object(map)
            },
            NativeFunction(
                "url.join", arity: 2,
                doc: "url.join(base, ref) — ref resolved against base, as a browser follows a link (RFC 3986)"
            ) { args in
                let base = URLReference(try args.string(0, "a base URL"))
                return .string(base.resolving(URLReference(try args.string(1, "a URL or a relative reference"))).text)
            },
        ])
}
