# Mirrors the seed's section "Web爬虫系统" (a web crawler): AsyncWebCrawler
# fetches pages under a semaphore with a politeness delay, extracts their
# links, follows those on the same host, and stops after max_pages.
#
# Run it:   asyncrepl run --virtual samples/web_crawler.aw
# Check it: asyncrepl test samples/web_crawler.aw
#
# With --virtual the simulated httpbin.org answers: its front page links to
# /get, /json, /html and /links/10/0, and each /links/10/I links to the other
# nine pages, so the crawl finds 14 pages. BeautifulSoup's
# `find_all('a', href=True)` with `urljoin` is `html.links(content, url)`;
# `urlparse(u).netloc` is `url.parse(u).host` (with the port, if one is
# given); `logger.info`/`warning` print lines with the virtual time. Sets are
# maps with `true` values. The seed's `time.time()` is `now()`.

fn AsyncWebCrawler(max_concurrent = 10, delay = 0.1) {
    let self = {
        "semaphore": Semaphore(max_concurrent), "session": nil, "visited_urls": {}, "results": [],
    }

    self.enter = fn () {
        self.session = http.client(limit: 50, per_host: 10, timeout: 30)
        return self
    }
    self.exit = fn (error) { self.session = nil }

    # 获取单个页面 (fetch one page)
    self.fetch_page = async fn (page_url) {
        with self.semaphore {
            try {
                await sleep(delay)   # 避免过于频繁的请求 (be polite)
                let response = await self.session.get(page_url)
                if response.status == 200 {
                    return {"url": page_url, "status": response.status, "content": response.text, "timestamp": now()}
                }
                print("[\(round(now(), 2))] WARNING Failed to fetch \(page_url): status \(response.status)")
                return nil
            } catch e {
                print("[\(round(now(), 2))] ERROR Error fetching \(page_url): \(e)")
                return nil
            }
        }
    }

    # 从页面内容中提取链接 (the page's links to the same host)
    fn extract_links(content, base_url) {
        let host = url.parse(base_url).host
        return html.links(content, base_url).filter(fn (link) => url.parse(link).host == host)
    }

    # 爬取网页 (crawl)
    self.crawl = async fn (start_url, max_pages = 100) {
        let urls_to_visit = [start_url]
        var visited_count = 0

        while len(urls_to_visit) > 0 and visited_count < max_pages {
            # 并发获取页面 (fetch a batch at once)
            let tasks = []
            let batch_size = min(len(urls_to_visit), max_concurrent)
            for _ in range(batch_size) {
                let page_url = urls_to_visit.pop(0)
                if not self.visited_urls.has(page_url) {
                    self.visited_urls[page_url] = true
                    tasks.append(self.fetch_page(page_url))
                    visited_count += 1
                }
            }

            # 等待所有任务完成 (wait for the batch)
            let results = await gather(...tasks, return_errors: true)

            # 处理结果并提取新链接 (follow the new links)
            for result in results {
                if type(result) == "map" and result.get("content") {
                    for link in extract_links(result["content"], result["url"]) {
                        if not self.visited_urls.has(link) and not urls_to_visit.contains(link) {
                            urls_to_visit.append(link)
                        }
                    }
                }
            }
            print("[\(round(now(), 2))] INFO Visited \(visited_count) pages")
        }
        return self.visited_urls.keys()
    }

    return self
}

# Web爬虫示例 (the crawler example)
async fn web_crawler_example() {
    let start_url = "https://httpbin.org/"
    with AsyncWebCrawler(max_concurrent: 5, delay: 0.1) as crawler {
        let start_time = now()
        let visited_pages = await crawler.crawl(start_url, max_pages: 20)
        let end_time = now()
        print("Crawled \(len(visited_pages)) pages in \(round(end_time - start_time, 2)) seconds")
        for page in visited_pages { print("  " + page) }
    }
}

await web_crawler_example()
# expect: [0.15] INFO Visited 1 pages
# expect: [0.3] INFO Visited 5 pages
# expect: [0.45] INFO Visited 10 pages
# expect: [0.6] INFO Visited 14 pages
# expect: Crawled 14 pages in 0.6 seconds
# expect:   https://httpbin.org/
# expect:   https://httpbin.org/get
# expect:   https://httpbin.org/json
# expect:   https://httpbin.org/html
# expect:   https://httpbin.org/links/10/0
# expect:   https://httpbin.org/links/10/1
# expect:   https://httpbin.org/links/10/2
# expect:   https://httpbin.org/links/10/3
# expect:   https://httpbin.org/links/10/4
# expect:   https://httpbin.org/links/10/5
# expect:   https://httpbin.org/links/10/6
# expect:   https://httpbin.org/links/10/7
# expect:   https://httpbin.org/links/10/8
# expect:   https://httpbin.org/links/10/9
# expect time: 0.6
