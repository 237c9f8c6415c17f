# url.join resolves references as RFC 3986 section 5.4 lists (Python's urljoin
# and browsers agree); url.parse splits a URL into the spec's five parts.
let base = "http://a/b/c/d;p?q"
for ref in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g", "./g/.", "g/./h", "g/../h"] {
    print("\(ref) -> \(url.join(base, ref))")
}
# expect: g:h -> g:h
# expect: g -> http://a/b/c/g
# expect: ./g -> http://a/b/c/g
# expect: g/ -> http://a/b/c/g/
# expect: /g -> http://a/g
# expect: //g -> http://g
# expect: ?y -> http://a/b/c/d;p?y
# expect: g?y -> http://a/b/c/g?y
# expect: #s -> http://a/b/c/d;p?q#s
# expect: g#s -> http://a/b/c/g#s
# expect: g?y#s -> http://a/b/c/g?y#s
# expect: ;x -> http://a/b/c/;x
# expect: g;x -> http://a/b/c/g;x
# expect:  -> http://a/b/c/d;p?q
# expect: . -> http://a/b/c/
# expect: ./ -> http://a/b/c/
# expect: .. -> http://a/b/
# expect: ../ -> http://a/b/
# expect: ../g -> http://a/b/g
# expect: ../.. -> http://a/
# expect: ../../ -> http://a/
# expect: ../../g -> http://a/g
# expect: ../../../g -> http://a/g
# expect: /./g -> http://a/g
# expect: /../g -> http://a/g
# expect: g. -> http://a/b/c/g.
# expect: .g -> http://a/b/c/.g
# expect: g.. -> http://a/b/c/g..
# expect: ..g -> http://a/b/c/..g
# expect: ./../g -> http://a/b/g
# expect: ./g/. -> http://a/b/c/g/
# expect: g/./h -> http://a/b/c/g/h
# expect: g/../h -> http://a/b/c/h
print(url.parse("https://user@Example.com:8443/a/b?x=1&y=2#top"))
# expect: {"scheme": "https", "host": "example.com", "port": 8443, "path": "/a/b", "query": "x=1&y=2"}
print(url.parse("http://httpbin.org/links/10/0"))
# expect: {"scheme": "http", "host": "httpbin.org", "port": nil, "path": "/links/10/0", "query": nil}
