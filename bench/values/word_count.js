// 2,000,000 words drawn from a 5,000-word vocabulary by an LCG (skewed toward
// the first words), counted in a Map; prints the number of distinct words,
// the top 5 (by count, ties by word) and the total. Same: word_count.aw / .py.
const n = parseInt(process.env.N || "2000000", 10);
const vocabSize = 5000;

const syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "be", "do"];
const vocab = [];
for (let k = 0; k < vocabSize; k++) {
  vocab.push(syllables[k % 10] + syllables[Math.floor(k / 10) % 10] +
    syllables[Math.floor(k / 100) % 10] + String(Math.floor(k / 1000)));
}

// (seed * 1103515245 + 12345) % 2^31, kept exact with 32-bit integer maths
// (the plain product would exceed 2^53).
let seed = 42;
const words = [];
for (let i = 0; i < n; i++) {
  seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
  const r = Math.floor(seed / 65536) % vocabSize;
  words.push(vocab[Math.floor((r * r) / vocabSize)]);
}

const counts = new Map();
for (const w of words) {
  counts.set(w, (counts.get(w) || 0) + 1);
}

const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, 5);
let total = 0;
for (const c of counts.values()) {
  total += c;
}

console.log(counts.size, top.map(([w, c]) => w + "=" + c).join(" "), total);
