# 1,000,000 list appends of strings built from ints, one join, one split,
# then a checksum over the pieces. Same program: appends_join_split.py / .js.
let n = int(env("N", "1000000"))

let parts = []
for i in range(n) {
    parts.append("item" + str(i * 7919 % 1000003))
}
let text = ",".join(parts)
let pieces = text.split(",")

var checksum = 0
for piece in pieces {
    checksum = (checksum * 31 + len(piece)) % 1000000007
}

print(len(parts), len(text), len(pieces), pieces[n // 2], checksum)
