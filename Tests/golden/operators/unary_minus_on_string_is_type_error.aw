print(-"a")
# expect error: error: TypeError
