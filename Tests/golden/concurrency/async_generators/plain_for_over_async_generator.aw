# A plain `for` cannot iterate an async generator: it is a TypeError.
async fn gen() { yield 1 }
for x in gen() { print(x) }
# expect error: error: TypeError: 'gen' is an async generator: iterate it with 'for await'
