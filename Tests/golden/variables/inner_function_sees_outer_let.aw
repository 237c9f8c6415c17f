let greeting = "hi"
fn f() {
    fn g() => greeting
    return g()
}
print(f())  # expect: hi
