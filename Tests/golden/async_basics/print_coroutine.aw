async fn fetch_data() => 1
let c = fetch_data()
print(c)  # expect: <coroutine fetch_data>
await c
