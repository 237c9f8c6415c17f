# Data nested 100,000 levels deep at run time is legal and is freed without crashing.
var x = []
for i in range(100_000) {
    x = [x]
}
print("built")  # expect: built
