print("never printed")
let s = """
never closed
# expect error: error[syntax]: unterminated triple-quoted string
