# Invalid UTF-8 is reported as an error (naming the byte offset), not a crash.
print("never printed")
# expect error: error
let s = "ÿþ"
