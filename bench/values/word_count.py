# 2,000,000 words drawn from a 5,000-word vocabulary by an LCG (skewed toward
# the first words), counted in a dict; prints the number of distinct words,
# the top 5 (by count, ties by word) and the total. Same: word_count.aw / .js.
import os

n = int(os.environ.get("N", "2000000"))
vocab_size = 5000

syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "be", "do"]
vocab = []
for k in range(vocab_size):
    vocab.append(syllables[k % 10] + syllables[k // 10 % 10] + syllables[k // 100 % 10] + str(k // 1000))

seed = 42
words = []
for _ in range(n):
    seed = (seed * 1103515245 + 12345) % 2147483648
    r = seed // 65536 % vocab_size
    words.append(vocab[r * r // vocab_size])

counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1

top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
total = 0
for c in counts.values():
    total += c

print(len(counts), " ".join(w + "=" + str(c) for w, c in top), total)
