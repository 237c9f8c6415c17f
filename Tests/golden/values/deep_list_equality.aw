# Lists nested 600 deep compare by value.
var a = []
var b = []
for i in range(600) {
    a = [a]
    b = [b]
}
print(a == b)  # expect: true
print([a].contains(b))  # expect: true
