{"a": 1}
# expect error: error[syntax]:
