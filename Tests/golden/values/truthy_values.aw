fn f() => nil
for v in [true, 1, -1, 0.5, "0", " ", [0], {"a": nil}, f, range(1)] {
    print(bool(v))
}
# expect: true
# expect: true
# expect: true
# expect: true
# expect: true
# expect: true
# expect: true
# expect: true
# expect: true
# expect: true
