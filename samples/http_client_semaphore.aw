# Mirrors the seed's section "高效的HTTP请求处理" (efficient HTTP requests):
# AsyncHttpClient limits how many requests are in flight with a semaphore,
# on a session with its own connection limits, and fetches five URLs.
#
# Run it:   asyncrepl run --virtual samples/http_client_semaphore.aw
# Check it: asyncrepl test samples/http_client_semaphore.aw
#
# `aiohttp.ClientSession(connector=TCPConnector(limit=100, limit_per_host=30),
# timeout=30, headers=...)` is `http.client(limit: 100, per_host: 30, timeout:
# 30)`, with the User-Agent passed on each request; `async with
# self.semaphore` is `with self.semaphore`. No classes: the client is a map
# of closures with `enter` and `exit` for `with`. With --virtual every
# request costs 0.05 s of latency plus what /delay/N asks, so the five end
# by 2.05 (Python's `time.time()` is `now()`), and the 404 is a response like
# any other: status codes never throw.

fn AsyncHttpClient(max_concurrent = 100) {
    let self = {"semaphore": Semaphore(max_concurrent), "session": nil}

    # 异步上下文管理器入口 (entering the context)
    self.enter = fn () {
        self.session = http.client(limit: 100, per_host: 30, timeout: 30)
        return self
    }

    # 异步上下文管理器出口 (leaving it)
    self.exit = fn (error) { self.session = nil }

    # 带信号量控制的HTTP请求 (a request under the semaphore)
    self.fetch_with_semaphore = async fn (url) {
        with self.semaphore {
            try {
                let response = await self.session.get(url, headers: {"User-Agent": "AsyncClient/1.0"})
                let content = response.text
                return {"url": url, "status": response.status, "content_length": len(content), "success": true}
            } catch e {
                return {"url": url, "error": str(e), "success": false}
            }
        }
    }

    # 并发获取多个URL (fetch several URLs at once)
    self.fetch_multiple = async fn (urls) {
        let tasks = urls.map(self.fetch_with_semaphore)
        return await gather(...tasks, return_errors: true)
    }

    return self
}

# HTTP客户端示例 (the client example)
async fn http_client_example() {
    let urls = [
        "https://httpbin.org/delay/1",
        "https://httpbin.org/delay/2",
        "https://httpbin.org/delay/1",
        "https://httpbin.org/status/200",
        "https://httpbin.org/status/404",
    ]

    with AsyncHttpClient(max_concurrent: 5) as client {
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

await http_client_example()
# expect: Total time: 2.05 seconds
# expect: URL: https://httpbin.org/delay/1, Status: 200
# expect: URL: https://httpbin.org/delay/2, Status: 200
# expect: URL: https://httpbin.org/delay/1, Status: 200
# expect: URL: https://httpbin.org/status/200, Status: 200
# expect: URL: https://httpbin.org/status/404, Status: 404
# expect time: 2.05
