import Testing

/// Script servers (`app.listen`) on 127.0.0.1, asked by the script's own client over real sockets.
@Suite struct ServerOverRealHTTPTests {
    @Test func routesAnswerWithJSONTextAndTheRightStatusCodes() async {
        let output = await outputWithNetwork(
            """
            let app = http.server()
            app.get("/users/:id", fn (req) => {"id": req.params.id, "q": req.query})
            app.post("/users", async fn (req) { return http.response(201, json: {"got": req.json()}) })
            app.get("/text", fn (req) => "plain")
            app.delete("/users/:id", fn (req) => nil)
            let srv = await app.listen(port: 0)
            let a = await http.get(srv.url + "/users/7?sort=name")
            print(a.status, a.headers["Content-Type"], a.json())
            let b = await http.post(srv.url + "/users", json: {"name": "Ann"})
            print(b.status, b.text)
            let c = await http.get(srv.url + "/text")
            print(c.status, c.text)
            let d = await http.request("DELETE", srv.url + "/users/7")
            print(d.status, len(d.text))
            let e = await http.get(srv.url + "/nowhere")
            print(e.status, e.json()["error"])
            let f = await http.request("PUT", srv.url + "/users")
            print(f.status, f.headers["Allow"])
            let g = await http.post(srv.url + "/users", body: "{not json")
            print(g.status)
            await srv.close()
            """)
        #expect(
            output == """
                200 application/json {"id": "7", "q": {"sort": "name"}}
                201 {"got": {"name": "Ann"}}
                200 plain
                204 0
                404 no route for /nowhere
                405 POST
                400

                """)
    }

    @Test func aHandlerThatThrowsGivesA500AndAWarningAndTheServerKeepsServing() async {
        let result = await runWithNetwork(
            """
            let app = http.server()
            app.get("/boom", async fn (req) { throw ValueError("no such user") })
            app.get("/ok", fn (req) => {"ok": true})
            let srv = await app.listen(port: 0)
            let r = await http.get(srv.url + "/boom")
            print(r.status, r.json())
            print((await http.get(srv.url + "/ok")).status)
            await srv.close()
            """)
        #expect(result.status == 0)
        #expect(result.output == "500 {\"error\": \"ValueError: no such user\"}\n200\n")
        #expect(result.errors.contains("warning: the handler for GET /boom failed: ValueError: no such user"))
    }

    @Test func aClientThatHangsUpCancelsItsHandler() async {
        let output = await outputWithNetwork(
            """
            let app = http.server()
            let started = Event()
            let cancelled = Event()
            app.get("/slow", async fn (req) {
                started.set()
                try { await sleep(60) } catch CancelledError as e { cancelled.set(); throw e }
                return "too late"
            })
            let srv = await app.listen(port: 0)
            let client = spawn http.get(srv.url + "/slow", timeout: 60)
            await started.wait()
            client.cancel()
            try { await client } catch CancelledError { print("request cancelled") }
            await wait_for(cancelled.wait(), 30)
            print("handler cancelled")
            await srv.close()
            """)
        #expect(output == "request cancelled\nhandler cancelled\n")
    }

    @Test func aTimedOutRequestAlsoCancelsTheHandler() async {
        let output = await outputWithNetwork(
            """
            let app = http.server()
            let started = Event()
            let cancelled = Event()
            app.get("/warm", fn (req) { return "ok" })
            app.get("/slow", async fn (req) {
                started.set()
                try { await sleep(60) } catch CancelledError as e { cancelled.set(); throw e }
            })
            let srv = await app.listen(port: 0)
            # The connection is open before the timed request, so its second
            # is spent on the request (enough to arrive on a busy machine).
            await http.get(srv.url + "/warm")
            try { await http.get(srv.url + "/slow", timeout: 1) } catch TimeoutError as e { print(e) }
            print("handler started: \\(started.is_set())")
            await wait_for(cancelled.wait(), 30)
            print("handler cancelled")
            await srv.close()
            """)
        #expect(output.hasPrefix("TimeoutError: GET http://127.0.0.1:"))
        #expect(output.hasSuffix("/slow timed out after 1.0 s\nhandler started: true\nhandler cancelled\n"))
    }

    @Test func closeWaitsForRequestsInFlightAndCancelsThoseLeftAtItsDeadline() async {
        let output = await outputWithNetwork(
            """
            let app = http.server()
            let started = Event()
            app.get("/quick", async fn (req) { started.set(); await sleep(0.1); return "done" })
            let stuckStarted = Event()
            app.get("/stuck", async fn (req) { stuckStarted.set(); await sleep(60); return "never" })
            let srv = await app.listen(port: 0)
            let quick = spawn http.get(srv.url + "/quick")
            await started.wait()
            await srv.close()
            print("quick:", (await quick).text)

            # An address of its own: a port freed here is not another test's server's.
            let srv2 = await app.listen(port: 0, host: "127.0.0.9")
            let stuck = spawn http.get(srv2.url + "/stuck", timeout: 60)
            await stuckStarted.wait()
            await srv2.close(timeout: 0.2)
            let r = await stuck
            print("stuck:", r.status)
            try { await http.get(srv2.url + "/quick") } catch HttpError as e {
                # Refused, or (when the pool had kept its connection) closed or reset on it.
                let r = e.reason
                print(r.starts_with("connection refused") or r.contains("closed the connection") or r.contains("reset the connection"))
            }
            """)
        #expect(output == "quick: done\nstuck: 503\ntrue\n")
    }

    @Test func aTaskWaitingForARequestIsNotADeadlock() async {
        let output = await outputWithNetwork(
            """
            let app = http.server()
            let inbox = Queue()
            app.post("/inbox", async fn (req) { await inbox.put(req.json()); return {"queued": true} })
            let srv = await app.listen(port: 0)
            spawn http.post(srv.url + "/inbox", json: {"n": 1})
            print(await inbox.get())
            await srv.close()
            """)
        #expect(output == "{\"n\": 1}\n")
    }

    @Test func aThousandConcurrentRequestsAllGetTheirAnswer() async {
        let output = await outputWithNetwork(
            """
            let app = http.server()
            app.get("/n/:n", async fn (req) { await sleep(0.001); return {"n": int(req.params.n)} })
            let srv = await app.listen(port: 0)
            var requests = []
            for i in range(1000) { requests.append(http.get(srv.url + "/n/" + str(i))) }
            let responses = await gather(...requests)
            var sum = 0
            for r in responses { if r.status == 200 { sum += r.json()["n"] } }
            print(len(responses), sum)
            await srv.close()
            """)
        #expect(output == "1000 499500\n")
    }

    @Test func fiveMegabyteBodiesGoBothWays() async {
        let output = await outputWithNetwork(
            """
            let app = http.server()
            app.get("/big", fn (req) => "x" * 5000000)
            app.post("/size", fn (req) => {"size": len(req.text)})
            let srv = await app.listen(port: 0)
            let r = await http.get(srv.url + "/big")
            print(r.status, len(r.text))
            let s = await http.post(srv.url + "/size", body: "y" * 5000000)
            print(s.json())
            await srv.close()
            """)
        #expect(output == "200 5000000\n{\"size\": 5000000}\n")
    }

    @Test func aPortInUseIsAnHttpErrorThatSaysSo() async {
        let result = await runWithNetwork(
            """
            let app = http.server()
            let srv = await app.listen(port: 0)
            try { await app.listen(port: srv.port) } catch HttpError as e { print(e) }
            await srv.close()
            """)
        #expect(result.output.hasPrefix("HttpError: 127.0.0.1:"))
        #expect(result.output.hasSuffix(" is already in use by another server\n"))
    }

    @Test func theEndOfTheScriptClosesItsServers() async {
        let first = await runWithNetwork(
            """
            let app = http.server()
            app.get("/", fn (req) => "hi")
            let srv = await app.listen(port: 0, host: "127.0.0.10")
            print(srv.port)
            """)
        let port = first.output.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.status == 0)
        // A child process another test spawns holds a copy of every descriptor
        // (NIO's sockets are not close-on-exec) until it closes them: for that
        // moment the closed port can still take a connection and then reset it.
        let second = await outputWithNetwork(
            """
            var reason = "answered"
            for attempt in range(100) {
                try { await http.get("http://127.0.0.10:\(port)/") } catch HttpError as e { reason = e.reason }
                if not reason.contains("reset the connection") { break }
                await sleep(0.05)
            }
            print(reason)
            let app = http.server()
            let srv = await app.listen(port: \(port), host: "127.0.0.10")
            print(srv.port == \(port))
            await srv.close()
            """)
        #expect(second == "connection refused by 127.0.0.10:\(port)\ntrue\n")
    }
}
