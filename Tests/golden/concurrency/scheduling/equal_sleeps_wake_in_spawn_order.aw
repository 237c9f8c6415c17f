# Tasks that sleep the same time wake in the order their timers were armed.
async fn nap(name) {
    await sleep(1)
    print(name)
}
for name in ["first", "second", "third", "fourth"] { spawn nap(name) }
await sleep(2)
print("main")
# expect: first
# expect: second
# expect: third
# expect: fourth
# expect: main
