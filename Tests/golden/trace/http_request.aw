# --trace shows each request as native work: method, URL, status, duration.
# args: --trace
let r = await http.get("https://httpbin.org/status/201")
try { await http.get("http://offline.example/") } catch HttpError { }
print(r.status)
# expect: 201
# expect stderr: [  0.000] task main#1 spawned
# expect stderr: [  0.000] task main#1 starts
# expect stderr: [  0.000] task main#1 waits on GET https://httpbin.org/status/201
# expect stderr: [  0.000] task main#1 begins GET https://httpbin.org/status/201
# expect stderr: [  0.050] task main#1 ends GET https://httpbin.org/status/201 → 201 (0.050 s)
# expect stderr: [  0.050] task main#1 wakes (timer)
# expect stderr: [  0.050] task main#1 resumes
# expect stderr: [  0.050] task main#1 waits on GET http://offline.example/
# expect stderr: [  0.050] task main#1 begins GET http://offline.example/
# expect stderr: [  0.100] task main#1 ends GET http://offline.example/ with HttpError: connection refused by offline.example:80 (0.050 s)
# expect stderr: [  0.100] task main#1 wakes (timer)
# expect stderr: [  0.100] task main#1 resumes
# expect stderr: [  0.100] task main#1 done (0.100 s)
