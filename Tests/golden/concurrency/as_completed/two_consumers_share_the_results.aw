# Two tasks iterating one as_completed share its results: each result goes to
# one of them (the one waiting longest first), and both loops end.
async fn after(seconds, result) {
    await sleep(seconds)
    return result
}
let it = as_completed([after(1, "r1"), after(2, "r2"), after(3, "r3"), after(4, "r4")])
async fn consume(name) {
    for await x in it {
        print(name, "got", x, "at", now())
    }
    print(name, "ends at", now())
}
await gather(consume("A"), consume("B"))
# expect: A got r1 at 1.0
# expect: B got r2 at 2.0
# expect: A got r3 at 3.0
# expect: A ends at 3.0
# expect: B got r4 at 4.0
# expect: B ends at 4.0
