import Testing

/// `http.get` and friends against servers that fail in the ways real ones do.
@Suite struct ClientOverRealHTTPTests {
    @Test func aRefusedConnectionIsAnHttpErrorWithTheURLAndTheReason() async {
        let refusing = RefusingPort()
        let port = refusing.port
        let output = await outputWithNetwork(
            """
            try { await http.get("http://127.0.0.1:\(port)/x") } catch HttpError as e { print(e.url, "|", e.reason) }
            """)
        #expect(output == "http://127.0.0.1:\(port)/x | connection refused by 127.0.0.1:\(port)\n")
        withExtendedLifetime(refusing) {}
    }

    @Test func aServerThatNeverAnswersTimesOut() async {
        let server = MisbehavingServer(.silent)
        defer { server.stop() }
        let output = await outputWithNetwork(
            """
            try { await http.get("\(server.url)/hang", timeout: 0.3) } catch TimeoutError as e { print(e) }
            """)
        #expect(output == "TimeoutError: GET \(server.url)/hang timed out after 0.3 s\n")
    }

    @Test func aBodyThatStallsHalfwayTimesOut() async {
        let server = MisbehavingServer(.stallsMidBody)
        defer { server.stop() }
        let output = await outputWithNetwork(
            """
            try { await http.get("\(server.url)/half", timeout: 0.3) } catch TimeoutError as e { print(e) }
            """)
        #expect(output == "TimeoutError: GET \(server.url)/half timed out after 0.3 s\n")
    }

    @Test func headersKeepTheirCaseAndARepeatedOneIsJoined() async {
        let server = MisbehavingServer(.repeatsAHeader)
        defer { server.stop() }
        let output = await outputWithNetwork(
            """
            let r = await http.get("\(server.url)/h")
            print(r.headers["Via"], "|", r.headers["x-seen"], "|", r.headers.has("X-Seen"), "|", r.text)
            """)
        #expect(output == "1.1 first, 1.1 second | yes | false | ok\n")
    }

    @Test func aConnectionClosedInTheMiddleOfTheBodyIsAnHttpError() async {
        let server = MisbehavingServer(.closesMidBody)
        defer { server.stop() }
        let result = await runWithNetwork(
            """
            try { await http.get("\(server.url)/cut") } catch HttpError as e { print(e.url, "|", e.reason) }
            """)
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("\(server.url)/cut | "))
        #expect(result.output.contains("closed the connection"))
    }

    @Test(arguments: ["not a url", "ftp://127.0.0.1/file", "http://"])
    func aURLThatIsNotHTTPIsAnHttpError(_ url: String) async {
        let output = await outputWithNetwork(
            """
            try { await http.get("\(url)") } catch HttpError as e { print(e.reason) }
            """)
        #expect(output == "not an http or https URL: \(url)\n")
    }

    @Test func jsonOfATextBodySaysWhereTheJSONWentWrong() async {
        let result = await runWithNetwork(
            """
            let app = http.server()
            app.get("/page", fn (req) => "<html>hello</html>")
            let srv = await app.listen(port: 0)
            let r = await http.get(srv.url + "/page")
            try { r.json() } catch ValueError as e { print(e) }
            await srv.close()
            """)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.hasPrefix("ValueError: "))
        #expect(result.output.contains("line 1, column 1"))
    }

    @Test func cancellingARequestEndsItAtOnce() async {
        let server = MisbehavingServer(.silent)
        defer { server.stop() }
        let output = await outputWithNetwork(
            """
            let t = spawn http.get("\(server.url)/hang", timeout: 600)
            await sleep(0.1)
            t.cancel()
            try { await t } catch CancelledError { print("cancelled") }
            print(len(all_tasks()))
            """)
        #expect(output == "cancelled\n1\n")
    }

    @Test func aClientWithLimitsQueuesItsRequestsOverRealSockets() async {
        let output = await outputWithNetwork(
            """
            let app = http.server()
            var running = 0
            var most = 0
            app.get("/w", async fn (req) { running += 1; most = max(most, running); await sleep(0.02); running -= 1; return "ok" })
            let srv = await app.listen(port: 0)
            with http.client(limit: 3) as c {
                var requests = []
                for i in range(12) { requests.append(c.get(srv.url + "/w")) }
                let rs = await gather(...requests)
                print(len(rs), most <= 3)
            }
            await srv.close()
            """)
        #expect(output == "12 true\n")
    }
}
