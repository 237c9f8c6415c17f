# 2,000,000 words drawn from a 5,000-word vocabulary by an LCG (skewed toward
# the first words), counted in a map; prints the number of distinct words,
# the top 5 (by count, ties by word) and the total. Same: word_count.py / .js.
let n = int(env("N", "2000000"))
let vocab_size = 5000

let syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "be", "do"]
let vocab = []
for k in range(vocab_size) {
    vocab.append(syllables[k % 10] + syllables[k // 10 % 10] + syllables[k // 100 % 10] + str(k // 1000))
}

var seed = 42
let words = []
for _ in range(n) {
    seed = (seed * 1103515245 + 12345) % 2147483648
    let r = seed // 65536 % vocab_size
    words.append(vocab[r * r // vocab_size])
}

let counts = {}
for w in words {
    counts[w] = counts.get(w, 0) + 1
}

let top = sorted(counts.items(), key: fn (kv) => [-kv[1], kv[0]])[:5]
var total = 0
for c in counts.values() {
    total += c
}

print(len(counts), " ".join(top.map(fn (kv) => kv[0] + "=" + str(kv[1]))), total)
