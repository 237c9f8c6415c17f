async fn leaf(x) => x * 2
async fn middle(x) {
    let a = await leaf(x)
    let b = await leaf(a)
    return a + b
}
async fn top() {
    return await middle(1) + await middle(10)
}
print(await top())  # expect: 66
