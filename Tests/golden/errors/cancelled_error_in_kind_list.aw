try {
    throw CancelledError("stop")
} catch ValueError, CancelledError as e {
    print("listed", e.kind)
}
# expect: listed CancelledError
