# With nothing ready, the clock jumps straight to the earliest timer; a long sleep costs no real time.
spawn {
    await sleep(1000)
    print("woke at", now())
}
await sleep(3600)
print("main woke at", now())
# expect: woke at 1000.0
# expect: main woke at 3600.0
