# With the virtual clock httpbin.org is simulated: each request costs 0.05 s
# of latency plus what /delay/N asks; the answers are httpbin's, the same on
# every run.
let r = await http.get("https://httpbin.org/get", query: {"q": "a b", "n": 1}, headers: {"X-Id": "7"})
print(r.status, r.url, r.elapsed)
# expect: 200 https://httpbin.org/get?q=a%20b&n=1 0.05
print(r.json().args, r.json().headers)
# expect: {"q": "a b", "n": "1"} {"Host": "httpbin.org", "X-Id": "7"}
print(r.headers["Content-Type"])
# expect: application/json
let d = await http.get("http://httpbin.org/delay/2")
print(d.status, d.elapsed, now())
# expect: 200 2.05 2.1
print((await http.get("https://httpbin.org/status/418")).status, (await http.get("https://httpbin.org/nowhere")).status)
# expect: 418 404
print((await http.get("https://httpbin.org/json")).json().slideshow.title)
# expect: Sample Slide Show
print((await http.get("https://httpbin.org/html")).text.contains("Moby-Dick"))
# expect: true
let page = await http.get("https://httpbin.org/links/4/1")
print(page.text)
# expect: <html><head><title>Links</title></head><body><a href='/links/4/0'>0</a> 1 <a href='/links/4/2'>2</a> <a href='/links/4/3'>3</a> </body></html>
let echo = (await http.request("PATCH", "https://httpbin.org/anything/x", json: {"a": [1]})).json()
print(echo.method, echo.json, echo.data, echo.url)
# expect: PATCH {"a": [1]} {"a": [1]} https://httpbin.org/anything/x
print((await http.post("https://httpbin.org/get")).status)
# expect: 405
# expect time: 2.45
