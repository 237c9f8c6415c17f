// The benchmarks-game binary-trees (depth 16 by default), nodes as two-element
// arrays [left, right] (a leaf is [null, null]). Same program: binary_trees.aw / .py.
const maxDepth = parseInt(process.env.N || "16", 10);
const minDepth = 4;

function makeTree(depth) {
  if (depth === 0) {
    return [null, null];
  }
  depth -= 1;
  return [makeTree(depth), makeTree(depth)];
}

function check(node) {
  const [left, right] = node;
  if (left === null) {
    return 1;
  }
  return 1 + check(left) + check(right);
}

const stretchDepth = maxDepth + 1;
console.log(`stretch tree of depth ${stretchDepth}\t check: ${check(makeTree(stretchDepth))}`);

const longLived = makeTree(maxDepth);

for (let depth = minDepth; depth <= maxDepth; depth += 2) {
  const iterations = 2 ** (maxDepth - depth + minDepth);
  let total = 0;
  for (let i = 0; i < iterations; i++) {
    total += check(makeTree(depth));
  }
  console.log(`${iterations}\t trees of depth ${depth}\t check: ${total}`);
}

console.log(`long lived tree of depth ${maxDepth}\t check: ${check(longLived)}`);
