async fn show(xs) => xs[0]
var xs = ["first"]
let c = show(xs)
xs = ["second"]
print(await c)  # expect: first
