print("\u{110000}")
# expect error: error[syntax]:
