async fn add(a, b) {
    return a + b
}
print(await add(2, 3))  # expect: 5
