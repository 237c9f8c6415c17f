async fn countdown(n) {
    while n > 0 {
        yield n
        n -= 1
    }
}
for await x in countdown(3) {
    print(x)
}
# expect: 3
# expect: 2
# expect: 1
