// 1,000,000 array pushes of strings built from ints, one join, one split,
// then a checksum over the pieces. Same program: appends_join_split.aw / .py.
const n = parseInt(process.env.N || "1000000", 10);

const parts = [];
for (let i = 0; i < n; i++) {
  parts.push("item" + String((i * 7919) % 1000003));
}
const text = parts.join(",");
const pieces = text.split(",");

let checksum = 0;
for (const piece of pieces) {
  checksum = (checksum * 31 + piece.length) % 1000000007;
}

console.log(parts.length, text.length, pieces.length, pieces[Math.floor(n / 2)], checksum);
