print("\u{110000}")
# expect error: error[syntax]: invalid unicode scalar '\u{110000}'
