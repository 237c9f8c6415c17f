# An uncaught error from t.result() on an unfinished task ends the script with status 1.
async fn f() { await sleep(1) }
let t = spawn f()
t.result()
print("not reached")
# expect error: error: ValueError: task 'f#2' is not done yet; await it first
