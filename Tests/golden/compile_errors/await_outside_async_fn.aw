async fn work() => 1
fn plain() {
    return await work()
}
print("never printed")
# expect error: error[syntax]:
