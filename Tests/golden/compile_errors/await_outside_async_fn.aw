async fn work() => 1
fn plain() {
    return await work()
}
print("never printed")
# expect error: error[syntax]: 'await' is only allowed inside an 'async fn'; mark the function 'async fn'
