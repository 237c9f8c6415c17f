# The benchmarks-game binary-trees (depth 16 by default), nodes as two-element
# lists [left, right] (a leaf is [None, None]). Same program: binary_trees.aw / .js.
import os

max_depth = int(os.environ.get("N", "16"))
min_depth = 4


def make_tree(depth):
    if depth == 0:
        return [None, None]
    depth -= 1
    return [make_tree(depth), make_tree(depth)]


def check(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check(left) + check(right)


stretch_depth = max_depth + 1
print(f"stretch tree of depth {stretch_depth}\t check: {check(make_tree(stretch_depth))}")

long_lived = make_tree(max_depth)

for depth in range(min_depth, max_depth + 1, 2):
    iterations = 2 ** (max_depth - depth + min_depth)
    total = 0
    for _ in range(iterations):
        total += check(make_tree(depth))
    print(f"{iterations}\t trees of depth {depth}\t check: {total}")

print(f"long lived tree of depth {max_depth}\t check: {check(long_lived)}")
