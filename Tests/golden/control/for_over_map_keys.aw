for k in {"b": 1, "a": 2} {
    print(k)
}
# expect: b
# expect: a
