let m = {"keys": "stored", "n": 1}
print(type(m.keys))  # expect: fn
print(m.keys())  # expect: ["keys", "n"]
print(m["keys"])  # expect: stored

# The same on a local variable (read in place) and for every map method's name.
fn local_reads() {
    let r = {"keys": 1, "values": 2, "items": 3, "get": 4, "x": 5}
    print(type(r.keys), type(r.values), type(r.items), type(r.get), r.x)
}
local_reads()  # expect: fn fn fn fn 5
