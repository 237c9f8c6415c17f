# The server benchmark: a script's /health route under `wrk -t2 -c100 -d10s`,
# beside bench/server_health_aiohttp.py doing the same. PORT picks the port.
let app = http.server()
app.get("/health", fn (req) { return {"status": "ok"} })
let srv = await app.listen(port: int(env("PORT", "18081")))
print("listening at \(srv.url)")
await Event().wait()
