print("never printed")
let s = "no end
# expect error: error[syntax]: unterminated string literal
