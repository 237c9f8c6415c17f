# Builds one long string with `acc += ...` in a loop (1,000,000 times), then
# looks at it. Same program: string_concat.aw / .js. The loop is in a function
# as in the other two languages (in CPython 3.11 the in-place `+=` on a str
# only stays linear for a local variable; at module level it is quadratic).
import os


def build(n):
    acc = ""
    for i in range(n):
        acc += "ab"
        acc += str(i % 7)
        if i % 5 == 0:
            acc += "|"
    return acc


n = int(os.environ.get("N", "1000000"))
acc = build(n)
sixes = len(acc.split("6")) - 1
bars = len(acc.split("|")) - 1

print(len(acc), acc[:8], acc[-8:], sixes, bars)
