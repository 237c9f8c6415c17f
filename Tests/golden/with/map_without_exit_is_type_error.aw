with {enter: fn () => 1} {
    print("never")
}
# expect error: error: TypeError
