with {enter: fn () => 1} {
    print("never")
}
# expect error: error: TypeError: 'with' needs a context: timeout(), group(), a Semaphore or Lock, or a map with 'enter' and 'exit' functions; got map without 'exit'
