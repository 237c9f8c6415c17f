print("a\qb")
# expect error: error[syntax]:
