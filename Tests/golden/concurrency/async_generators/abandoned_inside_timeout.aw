# An async generator abandoned inside `with timeout` (the loop broke out of it,
# nothing refers to it any more) does not cancel its consumer at the deadline;
# a generator still being iterated does.
async fn ticks() {
    with timeout(1) {
        yield 1
        yield 2
    }
}
for await x in ticks() {
    print("got", x)
    break
}
await sleep(5)
print("still alive at", now())
async fn slow() {
    with timeout(1) {
        yield 1
        await sleep(5)
        yield 2
    }
}
try {
    for await x in slow() { print("slow gave", x) }
} catch TimeoutError as e {
    print(e.message, "at", now())
}
# expect: got 1
# expect: still alive at 5.0
# expect: slow gave 1
# expect: timed out after 1.0 s at 6.0
