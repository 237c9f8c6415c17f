[1].push(2)
# expect error: error:
