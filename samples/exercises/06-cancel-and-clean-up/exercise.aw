# Exercise 06: cancel the slow task and clean up
#
# Goal: a big download runs in the background, writing chunks to a partial
# file. After 1.2 s the user presses Cancel: the download must stop at once,
# remove its partial file (the clean-up runs even though it was cancelled),
# and main must learn that it was cancelled, then go on.
#
# Try it:   asyncrepl run --virtual samples/exercises/06-cancel-and-clean-up/exercise.aw
# Check it: asyncrepl test samples/exercises/06-cancel-and-clean-up
#
# exercise: starter

async fn remove_partial_file() {
    await sleep(0.1)                  # deleting takes a moment
    print("[\(now())] removed movie.part")
}

async fn download() {
    # TODO 1: put the loop in `try { ... } finally { await remove_partial_file() }`
    # so the partial file is removed however the download ends: done, failed
    # or cancelled. (A finally block may await.)
    for chunk in range(1, 11) {
        await sleep(0.5)              # receive one chunk
        print("[\(now())] got chunk \(chunk)/10")
    }
    return "movie.mp4"
}

let task = spawn download()
await sleep(1.2)
print("[\(now())] user pressed Cancel")

# TODO 2: instead of waiting for the whole download, cancel it: task.cancel()
# Then still `await task`, to wait until its clean-up has finished; that
# await throws CancelledError, so wrap it in `try { ... } catch CancelledError { ... }`
# and print "[<time>] download cancelled" there (catch e does NOT catch it).
let file = await task
print("[\(now())] saved \(file)")

print("[\(now())] main goes on")

# expect: [0.5] got chunk 1/10
# expect: [1.0] got chunk 2/10
# expect: [1.2] user pressed Cancel
# expect: [1.3] removed movie.part
# expect: [1.3] download cancelled
# expect: [1.3] main goes on
# expect time: 1.3
