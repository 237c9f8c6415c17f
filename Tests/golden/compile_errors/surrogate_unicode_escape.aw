print("\u{D800}")
# expect error: error[syntax]: invalid unicode scalar '\u{D800}'
