fn g() { yield 1 }
for await x in g() { print(x) }
# expect error: error: TypeError: 'for await' needs an async generator or a queue; use 'for' for a generator
