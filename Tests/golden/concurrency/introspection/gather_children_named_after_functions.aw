# The tasks gather makes are named after their coroutines and numbered in argument order.
async fn alpha() => current_task()
async fn beta() => current_task()
let ts = await gather(alpha(), beta())
print(ts[0].name, ts[0].id, ts[1].name, ts[1].id)  # expect: alpha 2 beta 3
