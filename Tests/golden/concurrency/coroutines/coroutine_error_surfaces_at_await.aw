# An error in a coroutine is thrown at the await, not when the coroutine is made.
async fn bad() { throw ValueError("bad coroutine") }
let c = bad()
print("made without error")  # expect: made without error
try {
    await c
} catch ValueError as e {
    print("caught:", e.message)  # expect: caught: bad coroutine
}
