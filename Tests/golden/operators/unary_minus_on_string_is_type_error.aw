print(-"a")
# expect error: error: TypeError: cannot negate string
