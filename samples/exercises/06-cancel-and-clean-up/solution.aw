# Exercise 06: cancel the slow task and clean up (solution)
#
# Goal: a big download runs in the background, writing chunks to a partial
# file. After 1.2 s the user presses Cancel: the download must stop at once,
# remove its partial file (the clean-up runs even though it was cancelled),
# and main must learn that it was cancelled, then go on.
#
# task.cancel() only asks: the task receives CancelledError at its current
# await (the sleep), so its finally block runs, and may itself await.
# `await task` then waits for that clean-up to end and rethrows the
# CancelledError, which must be caught by name.
#
# Run it:   asyncrepl run --virtual samples/exercises/06-cancel-and-clean-up/solution.aw

async fn remove_partial_file() {
    await sleep(0.1)                  # deleting takes a moment
    print("[\(now())] removed movie.part")
}

async fn download() {
    try {
        for chunk in range(1, 11) {
            await sleep(0.5)          # receive one chunk
            print("[\(now())] got chunk \(chunk)/10")
        }
        return "movie.mp4"
    } finally {
        await remove_partial_file()
    }
}

let task = spawn download()
await sleep(1.2)
print("[\(now())] user pressed Cancel")

task.cancel()
try {
    let file = await task
    print("[\(now())] saved \(file)")
} catch CancelledError {
    print("[\(now())] download cancelled")
}

print("[\(now())] main goes on")

# expect: [0.5] got chunk 1/10
# expect: [1.0] got chunk 2/10
# expect: [1.2] user pressed Cancel
# expect: [1.3] removed movie.part
# expect: [1.3] download cancelled
# expect: [1.3] main goes on
# expect time: 1.3
