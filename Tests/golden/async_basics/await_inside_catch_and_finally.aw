async fn note(s) {
    print(s)
}
async fn run() {
    try {
        throw Error("x")
    } catch e {
        await note("in catch")
    } finally {
        await note("in finally")
    }
}
await run()
# expect: in catch
# expect: in finally
