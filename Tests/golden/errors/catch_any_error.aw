try {
    throw Error("boom")
} catch e {
    print("caught", e.kind, e.message)
}
# expect: caught Error boom
