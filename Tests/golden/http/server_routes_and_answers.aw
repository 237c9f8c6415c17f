# A script's server: routes with :params, query parameters, headers and JSON
# bodies; what a handler returns decides the answer; a handler's error is a
# 500 with a JSON body and a warning; unknown paths 404; other methods 405.
let app = http.server()
app.get("/items/:kind/:id", fn (req) => {"kind": req.params.kind, "id": req.params.id, "sort": req.query.get("sort"), "agent": req.headers.get("User-Agent")})
app.post("/items", async fn (req) {
    let item = req.json()
    await sleep(0.2)
    return http.response(201, json: item, headers: {"Location": "/items/new"})
})
app.get("/text", fn (req) => "plain text")
app.get("/empty", fn (req) { })
app.get("/boom", async fn (req) { throw ValueError("boom") })
app.get("/weird", fn (req) => fn () => 1)
let srv = await app.listen(port: 0)
print(srv.url.starts_with("http://127.0.0.1:"), srv.port > 0)
# expect: true true
let r = await http.get(srv.url + "/items/book/42", query: {"sort": "new"}, headers: {"User-Agent": "t/1"})
print(r.status, r.json())
# expect: 200 {"kind": "book", "id": "42", "sort": "new", "agent": "t/1"}
let p = await http.post(srv.url + "/items", json: {"name": "pen"})
print(p.status, p.headers["Location"], p.json(), p.elapsed)
# expect: 201 /items/new {"name": "pen"} 0.25
let t = await http.get(srv.url + "/text")
print(t.status, t.text, t.headers["Content-Type"])
# expect: 200 plain text text/plain; charset=utf-8
print((await http.get(srv.url + "/empty")).status)
# expect: 204
let boom = await http.get(srv.url + "/boom")
print(boom.status, boom.json())
# expect: 500 {"error": "ValueError: boom"}
print((await http.get(srv.url + "/weird")).status)
# expect: 500
print((await http.post(srv.url + "/items", body: "{oops")).status)
# expect: 400
let missing = await http.get(srv.url + "/nothing/here")
print(missing.status, missing.json())
# expect: 404 {"error": "no route for /nothing/here"}
let wrong = await http.delete(srv.url + "/text")
print(wrong.status, wrong.headers["Allow"])
# expect: 405 GET
await srv.close()
# expect stderr: warning: the handler for GET /boom failed: ValueError: boom
# expect stderr: warning: the handler for GET /weird returned fn; it returns a map, a list, a string or http.response(…)
