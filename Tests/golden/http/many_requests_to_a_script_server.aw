# 1,000 concurrent requests to a script's own server, each answered by its
# handler task; all arrive, all answer, in 0.05 s of latency plus the
# handler's 0.01 s.
let app = http.server()
var served = 0
app.get("/n/:i", async fn (req) {
    await sleep(0.01)
    served += 1
    return {"i": int(req.params.i)}
})
let srv = await app.listen(port: 0)
let responses = await gather(...list(range(1000)).map(fn (i) => http.get("\(srv.url)/n/\(i)")))
print(len(responses), served, sum(responses.map(fn (r) => r.json().i)), now())
# expect: 1000 1000 499500 0.06
await srv.close()
