# Closing an empty queue ends a `for await` loop that is waiting on it.
let q = Queue()
let consumer = spawn {
    for await x in q { print("got", x) }
    print("consumer loop ended at", now())
}
await sleep(1)
q.close()
await consumer
# expect: consumer loop ended at 1.0
