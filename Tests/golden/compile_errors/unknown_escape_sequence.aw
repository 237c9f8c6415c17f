print("a\qb")
# expect error: error[syntax]: unknown escape sequence '\q' (use '\\' for a backslash)
