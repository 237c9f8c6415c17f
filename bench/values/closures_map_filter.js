// Closures with map and filter over 1,000,000-element arrays, a composed
// function and a captured counter. Same program: closures_map_filter.aw / .py.
const n = parseInt(process.env.N || "1000000", 10);

function makeCounter() {
  let count = 0;
  return (k) => {
    count += k;
    return count;
  };
}

const compose = (f, g) => (x) => g(f(x));

const adder = (k) => (x) => x + k;

const xs = Array.from({ length: n }, (_, i) => i);
const tripled = xs.map((x) => x * 3 + 1);
const evens = tripled.filter((x) => x % 2 === 0);
const shifted = evens.map(compose(adder(7), (x) => Math.floor(x / 2)));
const small = shifted.filter((x) => x % 10 < 3);

const counter = makeCounter();
for (const x of small) {
  counter(x % 7);
}

let total = 0;
for (const x of shifted) {
  total = (total + x) % 1000000007;
}

console.log(tripled.length, evens.length, small.length, shifted[shifted.length - 1], total, counter(0));
