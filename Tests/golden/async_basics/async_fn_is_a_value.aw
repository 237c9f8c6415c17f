async fn double(x) => x * 2
fn apply(f, x) => f(x)
print(await apply(double, 4))  # expect: 8
