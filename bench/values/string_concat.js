// Builds one long string with `acc += ...` in a loop (1,000,000 times), then
// looks at it. Same program: string_concat.aw / .py.
function build(n) {
  let acc = "";
  for (let i = 0; i < n; i++) {
    acc += "ab";
    acc += String(i % 7);
    if (i % 5 === 0) {
      acc += "|";
    }
  }
  return acc;
}

const n = parseInt(process.env.N || "1000000", 10);
const acc = build(n);
const sixes = acc.split("6").length - 1;
const bars = acc.split("|").length - 1;

console.log(acc.length, acc.slice(0, 8), acc.slice(-8), sixes, bars);
