# At exit leftover tasks are cancelled; a task one of them spawns in its
# finally block takes its first step, is cancelled in turn, and its finally
# runs too.
async fn late() {
    try { await sleep(1) } finally { print("late finally") }
}
async fn cleaner() {
    try { await sleep(10) } finally {
        spawn late()
        print("cleaner finally")
    }
}
spawn cleaner()
await sleep(0)
print("main ends")
# expect: main ends
# expect: cleaner finally
# expect: late finally
