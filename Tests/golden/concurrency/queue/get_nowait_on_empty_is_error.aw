# get_nowait on an empty queue throws instead of waiting.
let q = Queue()
try {
    q.get_nowait()
    print("no error")
} catch e {
    print("empty queue error")  # expect: empty queue error
}
