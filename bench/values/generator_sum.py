# A generator function yielding 10,000,000 items, summed. Same program:
# generator_sum.aw / .js.
import os

n = int(os.environ.get("N", "10000000"))


def numbers(limit):
    i = 0
    while i < limit:
        yield i
        i += 1


print(sum(numbers(n)))
