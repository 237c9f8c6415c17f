let ctx = {
    enter: fn () => nil,
    exit: fn (error) => nil
}
with ctx {
    print("body")  # expect: body
    [1][5]
}
print("never")
# expect error: error: IndexError: list index 5 is out of range (length 1)
