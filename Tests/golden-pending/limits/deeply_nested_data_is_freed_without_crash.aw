# PENDING: interpreter bug (process crash). Building a list nested 100,000 levels deep at
# run time is legal (the 1,000 nesting limit is syntactic), but the process segfaults
# (signal 11) when the structure is freed at exit, after printing "built".
# The same happens with maps ({"k": {"k": ...}}) from about 30,000 levels.
var x = []
for i in range(100_000) {
    x = [x]
}
print("built")  # expect: built
