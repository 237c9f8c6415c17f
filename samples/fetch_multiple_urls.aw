# Mirrors the seed's section "协程(Coroutine)详解" (coroutines): fetch_data
# gets one URL's text, fetch_multiple_urls fetches three at once with gather.
#
# Run it:   asyncrepl run --virtual samples/fetch_multiple_urls.aw
# Check it: asyncrepl test samples/fetch_multiple_urls.aw
#
# With --virtual the requests cross the simulated network: httpbin.org is
# answered in-process, each request costing 0.05 s of latency plus the N
# seconds /delay/N asks for. The three requests overlap, so they all end by
# 2.05, not after 4.15. `aiohttp.ClientSession` has no counterpart: the
# interpreter owns one client (`http.client(...)` makes one with its own
# limits); `async with session.get(url) as response` and
# `await response.text()` are `await http.get(url)` and `.text`.

# 异步获取数据 (fetch one URL)
async fn fetch_data(url) {
    let response = await http.get(url)
    return response.text
}

# 并发获取多个URL的数据 (fetch several URLs concurrently)
async fn fetch_multiple_urls() {
    let urls = [
        "https://httpbin.org/delay/1",
        "https://httpbin.org/delay/2",
        "https://httpbin.org/delay/1",
    ]
    # 并发执行所有请求 (run every request at once)
    let tasks = urls.map(fetch_data)
    return await gather(...tasks)
}

let results = await fetch_multiple_urls()
for text in results { print(json.parse(text).url) }
print("fetched \(len(results)) pages by \(now()) s")
# expect: https://httpbin.org/delay/1
# expect: https://httpbin.org/delay/2
# expect: https://httpbin.org/delay/1
# expect: fetched 3 pages by 2.05 s
# expect time: 2.05
