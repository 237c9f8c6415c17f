let x = 5
x()
# expect error: error: TypeError: int is not callable
