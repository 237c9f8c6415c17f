# A sleep inside an awaited coroutine suspends the whole calling task, so other tasks run meanwhile.
async fn slow() {
    print("slow starts")
    await sleep(1)
    print("slow ends")
}
spawn { print("other task runs") }
await slow()
print("main continues")
# expect: slow starts
# expect: other task runs
# expect: slow ends
# expect: main continues
