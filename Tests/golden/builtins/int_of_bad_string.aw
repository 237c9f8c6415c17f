int("forty")
# expect error: error: ValueError
