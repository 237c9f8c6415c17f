# args: --slow-steps 100000
# An await in the loop lets the others run: no warning.
async fn crunch(n) {
    var total = 0
    for i in range(n) {
        total += i
        if i % 10000 == 0 { await sleep(0) }
    }
    return total
}
print(await spawn crunch(300000))
# expect: 44999850000
# expect no stderr
