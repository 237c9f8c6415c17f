// A generator function yielding 10,000,000 items, summed. Same program:
// generator_sum.aw / .py.
const n = parseInt(process.env.N || "10000000", 10);

function* numbers(limit) {
  let i = 0;
  while (i < limit) {
    yield i;
    i += 1;
  }
}

let total = 0;
for (const x of numbers(n)) {
  total += x;
}
console.log(total);
