# http.client(limit:, per_host:) keeps at most that many requests in flight
# (in all, and to one host); the others wait their turn in order. The client
# is closed when its `with` block ends.
var c = nil
with http.client(limit: 3, per_host: 2, timeout: 10) as client {
    c = client
    let started = now()
    let a = ["https://httpbin.org/delay/1", "https://httpbin.org/delay/1", "https://httpbin.org/delay/1"]
    let b = ["http://127.0.0.1:1/x"]
    let results = await gather(...(a + b).map(fn (u) => client.get(u)), return_errors: true)
    fn show(r) {
        if type(r) == "error" { return r.kind }
        return r.status
    }
    # Two to httpbin.org at once, then the third; the refused one runs beside them.
    print(results.map(show), now() - started)
}
# expect: [200, 200, 200, "HttpError"] 2.1
print(c, c.closed)
# expect: <client limit 3, per host 2, closed> true
try { await c.get("https://httpbin.org/get") } catch HttpError as e { print(e.message) }
# expect: this client is closed; requests go through an open one

