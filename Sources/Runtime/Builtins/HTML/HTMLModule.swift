/// `html.links(text, base_url)`.
extension Module {
    public static let html = Module(
        "html", namespace: true, doc: "reading HTML pages",
        functions: [
            NativeFunction(
                "html.links", arity: 2,
                doc: "html.links(text, base_url) — the absolute URLs of the page's <a href> links, in document order"
            ) { args in
                let base = URLReference(try args.string(1, "a base URL"))
                let links = HTMLTokenizer.startTags(in: try args.string(0, "HTML text")).compactMap { tag -> Value? in
                    guard tag.name == "a", let href = tag.attribute("href") else { return nil }
                    let trimmed = href.trimmingWhitespace()
                    return .string(base.resolving(URLReference(trimmed)).text)
                }
                return .list(links)
            }
        ])
}
