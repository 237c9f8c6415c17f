print(1.0 / 0.0)
# expect error: error: ZeroDivisionError: division by zero
