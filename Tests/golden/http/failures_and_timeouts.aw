# Status codes never throw; a host nothing answers for is an HttpError with
# .url and .reason; a request longer than its timeout is a TimeoutError.
try { await http.get("http://offline.example/x") } catch HttpError as e {
    print(e.message, "|", e.url, "|", e.reason, "|", now())
}
# expect: connection refused by offline.example:80 | http://offline.example/x | connection refused by offline.example:80 | 0.05
try { await http.get("ftp://httpbin.org/get") } catch HttpError as e { print(e.reason) }
# expect: not an http or https URL: ftp://httpbin.org/get
try { await http.get("https://httpbin.org/delay/5", timeout: 1.5) } catch TimeoutError as e { print(e.message, now()) }
# expect: GET https://httpbin.org/delay/5 timed out after 1.5 s 1.6
with timeout(0.5) {
    try { await http.get("https://httpbin.org/delay/3") } catch CancelledError { print("cancelled at", now()) }
}
# expect: cancelled at 2.1
print((await http.get("https://httpbin.org/get")).status, now())
# expect: 200 2.15
try { http.get(42) } catch TypeError as e { print(e.message) }
# expect: http.get() expects a URL, got int
try { http.get("https://httpbin.org/get", headers: 1) } catch TypeError as e { print(e.message) }
# expect: http.get() expects 'headers:' to be a map of strings, got int
try { http.post("https://httpbin.org/post", json: 1, body: "x") } catch TypeError as e { print(e.message) }
# expect: http.post() takes 'json:' or 'body:', not both
