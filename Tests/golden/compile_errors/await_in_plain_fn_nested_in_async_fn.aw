async fn work() => 1
async fn outer() {
    let helper = fn () {
        return await work()
    }
    return helper
}
# expect error: error[syntax]:
