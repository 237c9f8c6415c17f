# Mirrors the seed's section "高效的HTTP请求处理" (efficient HTTP requests):
# the AsyncHttpClient whose fetch_with_semaphore lets at most max_concurrent
# requests run at once, and http_client_example, which fetches five URLs.
#
# Run it:   asyncrepl run --virtual samples/semaphore_workers.aw
# Check it: asyncrepl test samples/semaphore_workers.aw
#
# Differences from the seed:
# - No HTTP yet (a later sample uses it): the session is a worker that sleeps
#   as long as httpbin would take (0.05 s of latency, plus N seconds for
#   /delay/N) and answers with the status /status/N asks for.
# - AsyncLang has no classes: AsyncHttpClient is a function returning a map
#   of closures over `self`; `enter` and `exit` make the map a `with`
#   context, like `__aenter__` and `__aexit__`. The session's method is
#   called `request`, because on a map a method name such as `get` wins over
#   a key of the same name.
# - `{x:.2f}` becomes `round(x, 2)`, which prints 2.05 as 2.05 and 2 as 2.0.
# - The example runs twice: with max_concurrent 5, as in the seed (the
#   semaphore never blocks five URLs: 2.05 s, the slowest request), then with
#   2, where the semaphore makes workers wait their turn in FIFO order:
#   /delay/1 and /delay/2 start at 0; the second /delay/1 starts when the
#   first ends (1.05, until 2.10); /status/200 when /delay/2 ends (2.05,
#   until 2.10); /status/404 at 2.10, until 2.15.

# The simulated session: the one place that stands for aiohttp.
fn simulated_session() {
    let session = {"open": true}
    session.request = async fn (url) {
        let parts = url.split("/")
        var seconds = 0
        var status = 200
        if parts[-2] == "delay" { seconds = int(parts[-1]) }
        if parts[-2] == "status" { status = int(parts[-1]) }
        await sleep(seconds + 0.05)
        return {"status": status, "text": "{\"url\": \"\(url)\"}"}
    }
    session.close = async fn () { session.open = false }
    return session
}

fn AsyncHttpClient(max_concurrent = 100) {
    let self = {
        "session": nil,
        "max_concurrent": max_concurrent,
        "semaphore": Semaphore(max_concurrent),
    }

    # 异步上下文管理器入口 (entering the async context)
    self.enter = async fn () {
        self.session = simulated_session()
        return self
    }

    # 异步上下文管理器出口 (leaving it)
    self.exit = async fn (error) {
        if self.session { await self.session.close() }
    }

    # 带信号量控制的HTTP请求 (a request limited by the semaphore)
    self.fetch_with_semaphore = async fn (url) {
        with self.semaphore {   # 限制并发数 (limit concurrency)
            try {
                let response = await self.session.request(url)
                let content = response.text
                return {
                    "url": url,
                    "status": response.status,
                    "content_length": len(content),
                    "success": true,
                }
            } catch e {
                return {"url": url, "error": str(e), "success": false}
            }
        }
    }

    # 并发获取多个URL (fetch several URLs concurrently)
    self.fetch_multiple = async fn (urls) {
        let tasks = urls.map(fn (url) => self.fetch_with_semaphore(url))
        return await gather(...tasks, return_errors: true)
    }

    return self
}

# HTTP客户端示例 (the client example)
async fn http_client_example(max_concurrent) {
    let urls = [
        "https://httpbin.org/delay/1",
        "https://httpbin.org/delay/2",
        "https://httpbin.org/delay/1",
        "https://httpbin.org/status/200",
        "https://httpbin.org/status/404",
    ]

    with AsyncHttpClient(max_concurrent: max_concurrent) as client {
        let start_time = now()
        let results = await client.fetch_multiple(urls)
        let end_time = now()

        print("Total time: \(round(end_time - start_time, 2)) seconds")
        for result in results {
            if type(result) == "map" {
                print("URL: \(result["url"]), Status: \(result.get("status", "N/A"))")
            } else {
                print("Error: \(result)")
            }
        }
    }
}

await http_client_example(5)
# expect: Total time: 2.05 seconds
# expect: URL: https://httpbin.org/delay/1, Status: 200
# expect: URL: https://httpbin.org/delay/2, Status: 200
# expect: URL: https://httpbin.org/delay/1, Status: 200
# expect: URL: https://httpbin.org/status/200, Status: 200
# expect: URL: https://httpbin.org/status/404, Status: 404

await http_client_example(2)
# expect: Total time: 2.15 seconds
# expect: URL: https://httpbin.org/delay/1, Status: 200
# expect: URL: https://httpbin.org/delay/2, Status: 200
# expect: URL: https://httpbin.org/delay/1, Status: 200
# expect: URL: https://httpbin.org/status/200, Status: 200
# expect: URL: https://httpbin.org/status/404, Status: 404
# expect time: 4.2
