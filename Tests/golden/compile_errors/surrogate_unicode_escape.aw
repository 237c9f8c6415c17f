print("\u{D800}")
# expect error: error[syntax]:
