# Exercise 07: retry with exponential backoff and jitter
#
# Goal: the inventory service is down until t = 1.0 s (ServiceError before).
# Three pages call it at once and retry at once, all in lock-step, so they
# give up after 0.25 s. Make each retry wait longer after every failure
# (exponential backoff: 0.1, 0.2, 0.4, 0.8 s) plus a random extra of up to
# 0.1 s (jitter) so the clients spread out. random() is seeded: call it
# once per retry, in backoff_delay, and your delays match the expected ones.
#
# Try it:   asyncrepl run --virtual samples/exercises/07-retry-backoff-jitter/exercise.aw
# Check it: asyncrepl test samples/exercises/07-retry-backoff-jitter
#
# exercise: starter

let service_back_at = 1.0

async fn call_service(client) {
    await sleep(0.05)                 # one network round trip
    if now() < service_back_at {
        throw Error("503 Service Unavailable", kind: "ServiceError")
    }
    return "\(client): 12 items in stock"
}

fn backoff_delay(attempt) {
    # TODO 1: for attempt 1, 2, 3, ... return 0.1 * 2 ** (attempt - 1) + random() * 0.1
    return 0
}

async fn fetch_with_retry(client, max_attempts = 5) {
    for attempt in range(1, max_attempts + 1) {
        try {
            let answer = await call_service(client)
            return "\(answer) (attempt \(attempt), at \(round(now(), 3)) s)"
        } catch ServiceError as e {
            if attempt == max_attempts { throw e }
            let delay = backoff_delay(attempt)
            print("[\(round(now(), 3))] \(client): attempt \(attempt) failed, retrying in \(round(delay, 3)) s")
            # TODO 2: actually wait `delay` seconds before the next attempt.
        }
    }
}

let results = await gather(fetch_with_retry("home"), fetch_with_retry("cart"), fetch_with_retry("search"))
for line in results { print(line) }

# expect: [0.05] home: attempt 1 failed, retrying in 0.188 s
# expect: [0.05] cart: attempt 1 failed, retrying in 0.143 s
# expect: [0.05] search: attempt 1 failed, retrying in 0.103 s
# expect: [0.203] search: attempt 2 failed, retrying in 0.297 s
# expect: [0.243] cart: attempt 2 failed, retrying in 0.211 s
# expect: [0.288] home: attempt 2 failed, retrying in 0.233 s
# expect: [0.504] cart: attempt 3 failed, retrying in 0.417 s
# expect: [0.55] search: attempt 3 failed, retrying in 0.477 s
# expect: [0.571] home: attempt 3 failed, retrying in 0.425 s
# expect: [0.971] cart: attempt 4 failed, retrying in 0.895 s
# expect: home: 12 items in stock (attempt 4, at 1.046 s)
# expect: cart: 12 items in stock (attempt 5, at 1.916 s)
# expect: search: 12 items in stock (attempt 4, at 1.077 s)
# expect time: 1.916377325
