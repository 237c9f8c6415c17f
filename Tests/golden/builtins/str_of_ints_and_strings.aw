# str() of small ints comes from a table, of other ints is made anew, and of
# a string is that string; appending to the result never changes the table.
var s = str(7)
s += "x"
print(s, str(7), str(-7), str(999), str(1000), str(123456789))  # expect: 7x 7 -7 999 1000 123456789
var t = str("abc")
t += "d"
print(t, str("abc"), str(2.5), str(nil), str([1, "a"]))  # expect: abcd abc 2.5 nil [1, "a"]
let digits = []
for i in range(12) { digits.append(str(i % 10)) }
print("".join(digits))  # expect: 012345678901
