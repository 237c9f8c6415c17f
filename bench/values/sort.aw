# Sorting: 1,000,000 LCG ints plain, the same ints by a key (x % 1000, a
# stable sort), and 200,000 strings. Same program: sort.py / .js.
let n = int(env("N", "1000000"))
let m = n // 5
let modulus = 1000000007

var seed = 12345
let nums = []
for _ in range(n) {
    seed = (seed * 1103515245 + 12345) % 2147483648
    nums.append(seed // 16)
}

fn checksum(xs) {
    var total = 0
    for i, x in enumerate(xs) {
        total = (total + x * i) % modulus
    }
    return total
}

let plain = sorted(nums)
let by_key = sorted(nums, key: fn (x) => x % 1000)

let strings = []
for i in range(m) {
    strings.append("s" + str(nums[i] % 100000))
}
let words = sorted(strings)

print(plain[0], plain[-1], checksum(plain), by_key[0], by_key[-1], checksum(by_key),
      words[0], words[-1], words[m // 2])
