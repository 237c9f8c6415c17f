async fn greet(who) {
    return "hi \(who)"
}
let msg = await greet("there")
print(msg)  # expect: hi there
