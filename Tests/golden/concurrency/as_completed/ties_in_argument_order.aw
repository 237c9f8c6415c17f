# Awaitables finishing at the same instant come out in argument order.
async fn value(x) { await sleep(1); return x }
var got = []
for await r in as_completed([value(1), value(2), value(3)]) { got.append(r) }
print(got)  # expect: [1, 2, 3]
