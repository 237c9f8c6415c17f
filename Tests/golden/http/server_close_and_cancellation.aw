# close() stops taking requests, waits for those in flight, and cancels what
# is left at its deadline; a client that goes away cancels its handler; a
# port can hold one server.
let app = http.server()
app.get("/slow/:s", async fn (req) {
    try { await sleep(float(req.params.s)) } finally { print("handler for \(req.params.s) s ends at", now()) }
    return "done"
})
let srv = await app.listen(port: 8080)
try { await app.listen(port: 8080) } catch HttpError as e { print(e.message) }
# expect: 127.0.0.1:8080 is already in use by another server
let client = spawn http.get(srv.url + "/slow/5")
await sleep(1)
client.cancel()
await sleep(0)
# expect: handler for 5 s ends at 1.0
let quick = spawn http.get(srv.url + "/slow/1")
let stuck = spawn http.get(srv.url + "/slow/100")
await sleep(0.5)
await srv.close(timeout: 3)
# expect: handler for 1 s ends at 2.05
# expect: handler for 100 s ends at 4.5
print("closed at", now(), (await quick).status)
# expect: closed at 4.5 200
try { await stuck } catch HttpError as e { print(e.reason) }
# expect: the server at http://127.0.0.1:8080 closed the connection before answering
try { await http.get(srv.url + "/slow/1") } catch HttpError as e { print(e.reason) }
# expect: connection refused by 127.0.0.1:8080
