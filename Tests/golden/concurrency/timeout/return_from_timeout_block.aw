# Returning from inside a timeout block gives the value and ends the scope.
async fn quick() {
    with timeout(1) {
        await sleep(0.5)
        return "in time"
    }
}
print(await quick())  # expect: in time
await sleep(2)
print(now())  # expect: 2.5
