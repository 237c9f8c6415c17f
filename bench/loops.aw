# Loops, list building and string work: the second W1-style workload.
# loops.py is the same program for CPython; both print the same line.
let n = int(env("N", "1000000"))

var total = 0
var i = 0
while i < 3 * n {
    total += i % 7
    i += 1
}

let doubled = []
for j in range(n) { doubled.append(j * 2) }
var sum = 0
for x in doubled {
    if x % 3 == 0 { sum += x }
}

let words = []
for k in range(n // 5) { words.append("w" + str(k)) }
let text = ",".join(words)
let pieces = text.split(",")
var longest = ""
for piece in pieces {
    if len(piece) > len(longest) { longest = piece.upper() }
}

print(total, sum, len(text), len(pieces), longest)
