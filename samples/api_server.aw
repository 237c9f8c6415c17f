# Mirrors the seed's section "异步API服务" (an asynchronous API server):
# AsyncAPIServer answers /health, GET /users/:id and POST /users, and a
# client tests it (the seed's client example breaks off; this one creates two
# users, reads one back, asks for a missing one and sends invalid JSON).
#
# Run it:   asyncrepl run --virtual samples/api_server.aw
# Check it: asyncrepl test samples/api_server.aw
#
# `web.Application()` with `router.add_get` is `http.server()` with
# `app.get`; `{user_id}` in a route is `:user_id` and `request.match_info` is
# `req.params`; `web.json_response(x, status=201)` is
# `http.response(201, json: x)`, and a handler may also just return a map
# (200, JSON). `web.TCPSite(runner, host, port)` is
# `await app.listen(port:, host:)`; port 0 picks a free port, and srv.url says
# which. `time.time()` is `now()`. With --virtual the client's requests are
# delivered in-process (0.05 s of latency each), so the timestamps are the
# same on every run. Invalid JSON makes `req.json()` answer 400 by itself.

fn AsyncAPIServer() {
    let self = {"users": {}, "next_id": 1}
    let app = http.server()
    self.app = app

    # 健康检查端点 (the health check)
    app.get("/health", async fn (request) {
        return {"status": "healthy", "timestamp": now()}
    })

    # 获取用户信息 (read a user)
    app.get("/users/:user_id", async fn (request) {
        let user_id = int(request.params.user_id)
        await sleep(0.01)   # 模拟异步数据库查询 (a simulated query)
        let user = self.users.get(user_id)
        if user { return user }
        return http.response(404, json: {"error": "User not found"})
    })

    # 创建用户 (create a user)
    app.post("/users", async fn (request) {
        let data = request.json()
        await sleep(0.01)   # 模拟异步验证和保存 (simulated validation and saving)
        let user_id = self.next_id
        self.next_id += 1
        let user = {"id": user_id, "name": data.get("name"), "email": data.get("email"), "created_at": now()}
        self.users[user_id] = user
        return http.response(201, json: user)
    })

    # 启动服务器 (start the server)
    self.start_server = async fn (host = "127.0.0.1", port = 0) {
        let srv = await app.listen(port: port, host: host)
        print("Server started at \(srv.url)")
        return srv
    }
    return self
}

# API客户端测试 (testing it with a client)
async fn api_client_example(base) {
    let health = await http.get(base + "/health")
    print("GET /health:", health.status, health.json())

    for person in [{"name": "Ann", "email": "ann@example.com"}, {"name": "Bo", "email": "bo@example.com"}] {
        let created = await http.post(base + "/users", json: person)
        print("POST /users:", created.status, created.json())
    }
    let user = await http.get(base + "/users/2")
    print("GET /users/2:", user.status, user.json().name)
    let missing = await http.get(base + "/users/9")
    print("GET /users/9:", missing.status, missing.json())
    let bad = await http.post(base + "/users", body: "{not json")
    print("POST bad JSON:", bad.status)
}

let server = AsyncAPIServer()
let srv = await server.start_server()
await api_client_example(srv.url)
await srv.close()
print("Server closed")
# expect: Server started at http://127.0.0.1:49152
# expect: GET /health: 200 {"status": "healthy", "timestamp": 0.05}
# expect: POST /users: 201 {"id": 1, "name": "Ann", "email": "ann@example.com", "created_at": 0.11}
# expect: POST /users: 201 {"id": 2, "name": "Bo", "email": "bo@example.com", "created_at": 0.17}
# expect: GET /users/2: 200 Bo
# expect: GET /users/9: 404 {"error": "User not found"}
# expect: POST bad JSON: 400
# expect: Server closed
# expect time: 0.34
