# 1,000 scheduling steps: two tasks that take turns 500 times each. For
# `:step` in the REPL, which runs the script again for every command.
var turns = 0
async fn player() {
    for i in range(499) {
        turns += 1
        await sleep(0)
    }
}
await gather(player(), player())
print(turns)
