# Mirrors the seed's section "请求重试与错误处理" (retries and error
# handling): RobustHttpClient.fetch_with_retry retries server errors,
# timeouts and other failures with exponential backoff plus jitter,
# `base_delay * 2 ** attempt + random.uniform(0, 1)`, gives up after
# max_retries retries, and never retries a client error (4xx);
# robust_http_example runs its URLs through it.
#
# Run it:   asyncrepl run --virtual samples/retry_backoff.aw
# Check it: asyncrepl test samples/retry_backoff.aw
#
# With --virtual the requests cross the simulated network (httpbin.org
# answers in-process, 0.05 s of latency each), so the run is the same every
# time. Differences from the seed:
# - Two URLs are added so that every path shows: /delay/8 is longer than
#   the client's timeout, which is 5 s here rather than the seed's 30 (to
#   keep the timeline short), so each attempt ends in TimeoutError; and
#   127.0.0.1:9 has no server, so each attempt is an HttpError
#   ("connection refused").
# - `random.uniform(0, 1)` is `random()`. Its generator is seeded (`--seed`,
#   default 0), so every run draws the same numbers and prints the same lines.
# - Each retry prints a line with the virtual time, the attempt and the
#   delay (the seed retries silently); `{x:.2f}` becomes `round(x, 2)`.
# - No classes: RobustHttpClient is a function returning a map of closures,
#   with `enter`/`exit` for `with` (`__aenter__`/`__aexit__`); the session
#   is an `http.client` with the seed's connection limits.
# - The seed prints `Success: {result.get('content', 'N/A') is not None}`,
#   which is always True ('N/A' is not None); here Success says whether a
#   content came back.
# - As in the seed, a URL that still answers 5xx after the last retry leaves
#   the loop and returns nil, so /status/500 prints no summary.

fn RobustHttpClient(max_retries = 3, base_delay = 1.0) {
    let self = {"max_retries": max_retries, "base_delay": base_delay, "session": nil}

    self.enter = async fn () {
        # aiohttp.ClientSession(timeout=30, TCPConnector(limit=50, limit_per_host=10)); 5 s here, see above
        self.session = http.client(limit: 50, per_host: 10, timeout: 5)
        return self
    }

    self.exit = async fn (error) {
        if self.session { self.session = nil }   # the client closes when nothing refers to it
    }

    async fn backoff(url, attempt, reason) {
        let delay = self.base_delay * (2 ** attempt) + random()
        print("[\(round(now(), 2))] \(url) attempt \(attempt + 1): \(reason), retrying in \(round(delay, 2)) s")
        await sleep(delay)
    }

    # 带重试机制的HTTP请求 (a request with retries)
    self.fetch_with_retry = async fn (url) {
        for attempt in range(self.max_retries + 1) {
            try {
                let response = await self.session.get(url)
                if response.status < 400 {
                    let content = response.text
                    return {"url": url, "status": response.status, "content": content, "attempt": attempt + 1}
                } else if response.status >= 500 {
                    # 服务器错误,需要重试 (server error: retry)
                    if attempt < self.max_retries {
                        await backoff(url, attempt, "status \(response.status)")
                        continue
                    }
                } else {
                    # 客户端错误,不重试 (client error: do not retry)
                    return {"url": url, "status": response.status, "error": "Client error", "attempt": attempt + 1}
                }
            } catch TimeoutError {
                if attempt < self.max_retries {
                    await backoff(url, attempt, "timeout")
                    continue
                } else {
                    return {"url": url, "error": "Timeout", "attempt": attempt + 1}
                }
            } catch e {
                if attempt < self.max_retries {
                    await backoff(url, attempt, str(e))
                    continue
                } else {
                    return {"url": url, "error": str(e), "attempt": attempt + 1}
                }
            }
        }
        return nil
    }

    return self
}

# 健壮HTTP客户端示例 (the robust client example)
async fn robust_http_example() {
    let urls = [
        "https://httpbin.org/delay/1",
        "https://httpbin.org/status/500",
        "https://httpbin.org/status/404",
        "https://httpbin.org/delay/2",
        "https://httpbin.org/delay/8",     # longer than the 5 s timeout: every attempt times out
        "http://127.0.0.1:9/ping",         # nothing answers: every attempt fails to connect
    ]

    with RobustHttpClient(max_retries: 3) as client {
        let tasks = urls.map(fn (url) => client.fetch_with_retry(url))
        let results = await gather(...tasks)

        for result in results {
            if result {
                print("URL: \(result["url"])")
                print("  Status: \(result.get("status", "N/A"))")
                print("  Attempts: \(result["attempt"])")
                print("  Success: \(result.has("content"))")
                print()
            }
        }
    }
}

await robust_http_example()
# expect: [0.05] https://httpbin.org/status/500 attempt 1: status 500, retrying in 1.88 s
# expect: [0.05] http://127.0.0.1:9/ping attempt 1: HttpError: connection refused by 127.0.0.1:9, retrying in 1.43 s
# expect: [1.53] http://127.0.0.1:9/ping attempt 2: HttpError: connection refused by 127.0.0.1:9, retrying in 2.03 s
# expect: [1.98] https://httpbin.org/status/500 attempt 2: status 500, retrying in 2.97 s
# expect: [3.61] http://127.0.0.1:9/ping attempt 3: HttpError: connection refused by 127.0.0.1:9, retrying in 4.11 s
# expect: [5.0] https://httpbin.org/delay/8 attempt 1: timeout, retrying in 1.33 s
# expect: [5.0] https://httpbin.org/status/500 attempt 3: status 500, retrying in 4.17 s
# expect: [11.33] https://httpbin.org/delay/8 attempt 2: timeout, retrying in 2.77 s
# expect: [19.1] https://httpbin.org/delay/8 attempt 3: timeout, retrying in 4.25 s
# expect: URL: https://httpbin.org/delay/1
# expect:   Status: 200
# expect:   Attempts: 1
# expect:   Success: true
# expect:
# expect: URL: https://httpbin.org/status/404
# expect:   Status: 404
# expect:   Attempts: 1
# expect:   Success: false
# expect:
# expect: URL: https://httpbin.org/delay/2
# expect:   Status: 200
# expect:   Attempts: 1
# expect:   Success: true
# expect:
# expect: URL: https://httpbin.org/delay/8
# expect:   Status: N/A
# expect:   Attempts: 4
# expect:   Success: false
# expect:
# expect: URL: http://127.0.0.1:9/ping
# expect:   Status: N/A
# expect:   Attempts: 4
# expect:   Success: false
# expect:
# expect time: 28.344561269
