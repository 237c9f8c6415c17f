# A line that starts with `.` continues the previous expression (method chaining).
let s = "  Hello  "
    .strip()
    .upper()
print(s)  # expect: HELLO
