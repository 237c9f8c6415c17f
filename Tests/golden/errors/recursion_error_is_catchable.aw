fn forever(n) => forever(n + 1)
try {
    forever(0)
} catch RecursionError as e {
    print("caught", e.kind)
}
print("still running")
# expect: caught RecursionError
# expect: still running
