# A closure called while the only other holder of it lets go: the call keeps
# it alive until it returns (and a closure it made keeps its captures).
var f = fn (x) {
    f = nil
    let big = [1, 2, 3]
    return x + len(big)
}
print(f(1))  # expect: 4
print(f)  # expect: nil

var g = fn (n) {
    g = nil
    return fn () => n * 2
}
print(g(4)())  # expect: 8

let xs = [fn (x) => x + 1]
fn replace(x) {
    xs[0] = nil
    return x
}
print(xs[0](replace(5)))  # expect: 6

async fn outer() {
    var h = nil
    h = async fn () {
        h = nil
        await sleep(0)
        return "async ok"
    }
    return await h()
}
print(await outer())  # expect: async ok
