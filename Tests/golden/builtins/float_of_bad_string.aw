float("abc")
# expect error: error: ValueError: invalid literal for float(): "abc"
