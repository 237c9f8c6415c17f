with 5 {
    print("never")
}
# expect error: error: TypeError: 'with' needs a context: timeout(), group(), a Semaphore or Lock, or a map with 'enter' and 'exit' functions; got int
