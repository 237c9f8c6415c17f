# Sorting: 1,000,000 LCG ints plain, the same ints by a key (x % 1000, a
# stable sort), and 200,000 strings. Same program: sort.aw / .js.
import os

n = int(os.environ.get("N", "1000000"))
m = n // 5
modulus = 1000000007

seed = 12345
nums = []
for _ in range(n):
    seed = (seed * 1103515245 + 12345) % 2147483648
    nums.append(seed // 16)


def checksum(xs):
    total = 0
    for i, x in enumerate(xs):
        total = (total + x * i) % modulus
    return total


plain = sorted(nums)
by_key = sorted(nums, key=lambda x: x % 1000)

strings = []
for i in range(m):
    strings.append("s" + str(nums[i] % 100000))
words = sorted(strings)

print(plain[0], plain[-1], checksum(plain), by_key[0], by_key[-1], checksum(by_key),
      words[0], words[-1], words[m // 2])
