# With return_errors: true gather keeps going and puts each error value in its place.
async fn ok(x) { await sleep(1); return x }
async fn bad() {
    await sleep(0.5)
    throw ValueError("boom")
}
let r = await gather(ok(1), bad(), ok(3), return_errors: true)
print(len(r))  # expect: 3
print(r[0], r[2])  # expect: 1 3
print(type(r[1]), r[1].kind, r[1].message)  # expect: error ValueError boom
print(now())  # expect: 1.0
