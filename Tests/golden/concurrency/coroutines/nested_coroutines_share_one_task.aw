# Nested awaits of coroutines all run in one task; its id stays the same.
async fn c() => current_task().id
async fn b() => await c()
async fn a() => await b()
print(await a() == current_task().id)  # expect: true
