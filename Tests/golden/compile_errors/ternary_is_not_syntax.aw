let x = true ? 1 : 2
# expect error: error[syntax]: unexpected character '?'
