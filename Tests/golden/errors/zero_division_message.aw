try {
    print(10 / 0)
} catch ZeroDivisionError as e {
    print(e.message)
}
# expect: division by zero
