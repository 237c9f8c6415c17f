async fn work() => 1
async fn outer() {
    let helper = fn () {
        return await work()
    }
    return helper
}
# expect error: error[syntax]: 'await' is only allowed inside an 'async fn'; mark the function 'async fn'
