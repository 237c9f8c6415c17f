# `catch e` is skipped for a cancellation; a later `catch CancelledError` in the same try gets it.
try {
    throw CancelledError("stop")
} catch e {
    print("catch e")
} catch CancelledError as c {
    print("named clause", c.message)
}
# expect: named clause stop
