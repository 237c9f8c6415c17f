let m = {"a": 1}
for k,
    v in m.items() {
    print(k, v)
}
# expect: a 1
