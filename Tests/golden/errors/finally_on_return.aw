fn f() {
    try {
        return "value"
    } finally {
        print("finally before return completes")
    }
}
print(f())
# expect: finally before return completes
# expect: value
