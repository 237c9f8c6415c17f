throw "just a string"
# expect error: error: TypeError: throw needs an error value such as ValueError("..."), got string
