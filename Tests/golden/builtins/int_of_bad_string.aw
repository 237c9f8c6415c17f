int("forty")
# expect error: error: ValueError: invalid literal for int(): "forty"
