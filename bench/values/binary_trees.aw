# The benchmarks-game binary-trees (depth 16 by default), nodes as two-element
# lists [left, right] (a leaf is [nil, nil]). Same program: binary_trees.py / .js.
let max_depth = int(env("N", "16"))
let min_depth = 4

fn make_tree(depth) {
    if depth == 0 {
        return [nil, nil]
    }
    depth -= 1
    return [make_tree(depth), make_tree(depth)]
}

fn check(node) {
    if node[0] == nil {
        return 1
    }
    return 1 + check(node[0]) + check(node[1])
}

let stretch_depth = max_depth + 1
print("stretch tree of depth \(stretch_depth)\t check: \(check(make_tree(stretch_depth)))")

let long_lived = make_tree(max_depth)

for depth in range(min_depth, max_depth + 1, 2) {
    let iterations = 2 ** (max_depth - depth + min_depth)
    var total = 0
    for _ in range(iterations) {
        total += check(make_tree(depth))
    }
    print("\(iterations)\t trees of depth \(depth)\t check: \(total)")
}

print("long lived tree of depth \(max_depth)\t check: \(check(long_lived))")
