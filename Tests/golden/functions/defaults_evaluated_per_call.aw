# Unlike Python, a default is evaluated on each call that needs it.
fn add_one(xs = []) {
    xs.append(1)
    return xs
}
print(add_one())  # expect: [1]
print(add_one())  # expect: [1]
