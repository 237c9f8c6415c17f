print(1e)
# expect error: error[syntax]: malformed number '1e'
