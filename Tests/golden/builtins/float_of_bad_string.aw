float("abc")
# expect error: error: ValueError
