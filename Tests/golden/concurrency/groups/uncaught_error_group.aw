# An uncaught ErrorGroup ends the script with status 1.
async fn bad() { throw ValueError("x") }
with group() as g { g.spawn(bad()) }
# expect error: error: ErrorGroup: 1 error in the task group
