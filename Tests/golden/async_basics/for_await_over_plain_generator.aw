fn g() { yield 1 }
for await x in g() { print(x) }
# expect error: error: TypeError
