let e = ValueError("bad")
print(e.kind, e.message)  # expect: ValueError bad
let g = Error("plain")
print(g.kind)  # expect: Error
let c = Error("odd", kind: "MyError")
print(c.kind, c)  # expect: MyError MyError: odd
