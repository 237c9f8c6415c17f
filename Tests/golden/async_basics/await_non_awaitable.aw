print(await 5)
# expect error: error: TypeError
