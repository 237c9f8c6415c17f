# A task woken by a timer that yields with sleep(0) comes back only after every task woken at the same instant.
spawn {
    await sleep(1)
    print("a first half")
    await sleep(0)
    print("a second half")
}
spawn {
    await sleep(1)
    print("b")
}
spawn {
    await sleep(1)
    print("c")
}
await sleep(2)
# expect: a first half
# expect: b
# expect: c
# expect: a second half
