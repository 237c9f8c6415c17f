# --trace shows a script's server: each handler is a task named after its
# function, or after the request when the function has no name.
# args: --trace
let app = http.server()
fn health(req) { return {"ok": true} }
app.get("/health", health)
app.get("/users/:id", async fn (req) { await sleep(0.1); return req.params.id })
let srv = await app.listen(port: 0)
print((await http.get(srv.url + "/health")).status)
print((await http.get(srv.url + "/users/7")).text)
await srv.close()
# expect: 200
# expect: 7
# expect stderr: [  0.000] task main#1 spawned
# expect stderr: [  0.000] task main#1 starts
# expect stderr: [  0.000] task main#1 waits on GET http://127.0.0.1:49152/health
# expect stderr: [  0.000] task main#1 begins GET http://127.0.0.1:49152/health
# expect stderr: [  0.050] task health#2 spawned
# expect stderr: [  0.050] task health#2 starts
# expect stderr: [  0.050] task health#2 done (0.000 s)
# expect stderr: [  0.050] task main#1 ends GET http://127.0.0.1:49152/health → 200 (0.050 s)
# expect stderr: [  0.050] task main#1 wakes (by health#2)
# expect stderr: [  0.050] task main#1 resumes
# expect stderr: [  0.050] task main#1 waits on GET http://127.0.0.1:49152/users/7
# expect stderr: [  0.050] task main#1 begins GET http://127.0.0.1:49152/users/7
# expect stderr: [  0.100] task GET /users/7#3 spawned
# expect stderr: [  0.100] task GET /users/7#3 starts
# expect stderr: [  0.100] task GET /users/7#3 sleeps until 0.200
# expect stderr: [  0.200] task GET /users/7#3 wakes (timer)
# expect stderr: [  0.200] task GET /users/7#3 resumes
# expect stderr: [  0.200] task GET /users/7#3 done (0.100 s)
# expect stderr: [  0.200] task main#1 ends GET http://127.0.0.1:49152/users/7 → 200 (0.150 s)
# expect stderr: [  0.200] task main#1 wakes (by GET /users/7#3)
# expect stderr: [  0.200] task main#1 resumes
# expect stderr: [  0.200] task main#1 done (0.200 s)
