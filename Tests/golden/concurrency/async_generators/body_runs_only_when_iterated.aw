# Calling an async generator function runs nothing; the body starts with the first iteration.
async fn gen() {
    print("generator starts")
    yield 1
}
let g = gen()
print("made")
for await x in g { print("got", x) }
# expect: made
# expect: generator starts
# expect: got 1
