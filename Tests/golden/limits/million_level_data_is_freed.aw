# Freeing a list and a map nested a million levels deep does not recurse on the native stack.
fn build(n) {
    var a = []
    for i in range(n) { a = [a] }
    var m = {}
    for i in range(n) { m = {"next": m} }
    return len(a) + len(m)
}
print(build(1_000_000))  # expect: 2
print("freed")  # expect: freed
