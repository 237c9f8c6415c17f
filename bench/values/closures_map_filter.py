# Closures with map and filter over 1,000,000-element lists, a composed
# function and a captured counter. Same program: closures_map_filter.aw / .js.
import os

n = int(os.environ.get("N", "1000000"))


def make_counter():
    count = 0

    def bump(k):
        nonlocal count
        count += k
        return count

    return bump


def compose(f, g):
    return lambda x: g(f(x))


def adder(k):
    return lambda x: x + k


xs = list(range(n))
tripled = list(map(lambda x: x * 3 + 1, xs))
evens = list(filter(lambda x: x % 2 == 0, tripled))
shifted = list(map(compose(adder(7), lambda x: x // 2), evens))
small = list(filter(lambda x: x % 10 < 3, shifted))

counter = make_counter()
for x in small:
    counter(x % 7)

total = 0
for x in shifted:
    total = (total + x) % 1000000007

print(len(tripled), len(evens), len(small), shifted[-1], total, counter(0))
