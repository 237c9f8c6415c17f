// Sorting: 1,000,000 LCG ints plain, the same ints by a key (x % 1000, a
// stable sort), and 200,000 strings. Same program: sort.aw / .py.
const n = parseInt(process.env.N || "1000000", 10);
const m = Math.floor(n / 5);
const modulus = 1000000007;

// (seed * 1103515245 + 12345) % 2^31, kept exact with 32-bit integer maths.
let seed = 12345;
const nums = [];
for (let i = 0; i < n; i++) {
  seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
  nums.push(Math.floor(seed / 16));
}

function checksum(xs) {
  let total = 0;
  xs.forEach((x, i) => {
    total = (total + x * i) % modulus;
  });
  return total;
}

const plain = [...nums].sort((a, b) => a - b);
const byKey = [...nums].sort((a, b) => (a % 1000) - (b % 1000));

const strings = [];
for (let i = 0; i < m; i++) {
  strings.push("s" + String(nums[i] % 100000));
}
const words = [...strings].sort();

console.log(plain[0], plain[plain.length - 1], checksum(plain), byKey[0], byKey[byKey.length - 1], checksum(byKey),
  words[0], words[words.length - 1], words[Math.floor(m / 2)]);
