# Loops, list building and string work: the CPython side of loops.aw.
import os

n = int(os.environ.get("N", "1000000"))

total = 0
i = 0
while i < 3 * n:
    total += i % 7
    i += 1

doubled = []
for j in range(n):
    doubled.append(j * 2)
sum_ = 0
for x in doubled:
    if x % 3 == 0:
        sum_ += x

words = []
for k in range(n // 5):
    words.append("w" + str(k))
text = ",".join(words)
pieces = text.split(",")
longest = ""
for piece in pieces:
    if len(piece) > len(longest):
        longest = piece.upper()

print(total, sum_, len(text), len(pieces), longest)
