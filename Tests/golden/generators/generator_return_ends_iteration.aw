fn upto_stop(xs) {
    for x in xs {
        if x == "stop" { return }
        yield x
    }
    yield "unreachable"
}
print(list(upto_stop(["a", "b", "stop", "c"])))  # expect: ["a", "b"]
