throw "just a string"
# expect error: error: TypeError
