# PENDING: interpreter bug (wrong answer). `==` compares lists by value (section 2), but two
# equal lists nested 500 or more levels deep compare as false (and != as true); at 499
# levels they compare equal. A depth cut-off must not silently change the answer.
var a = []
var b = []
for i in range(600) {
    a = [a]
    b = [b]
}
print(a == b)  # expect: true
print([a].contains(b))  # expect: true
