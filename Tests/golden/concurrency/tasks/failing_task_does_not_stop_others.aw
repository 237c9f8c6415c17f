# A failing task ends alone; the other tasks and main keep running.
async fn bad() { throw ValueError("boom") }
async fn good() {
    await sleep(1)
    print("good finished")
}
let b = spawn bad()
let g = spawn good()
await g
print("main finished")
print(b.done())
# expect: good finished
# expect: main finished
# expect: true
try { await b } catch ValueError {}
