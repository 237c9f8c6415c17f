# Putting into a closed queue throws.
let q = Queue()
q.close()
try {
    await q.put(1)
    print("no error")
} catch e {
    print("put on closed queue fails")  # expect: put on closed queue fails
}
