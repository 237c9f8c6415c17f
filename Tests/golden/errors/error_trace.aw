fn inner() {
    throw Error("deep")
}
fn outer() {
    inner()
}
try {
    outer()
} catch e {
    print(type(e.trace))  # expect: list
    print(len(e.trace))  # expect: 3
    print(e.trace[0].ends_with(" in inner"))  # expect: true
    print(e.trace[1].ends_with(":5:5 in outer"))  # expect: true
    print(e.trace[2].ends_with(":8:5 in <main>"))  # expect: true
    print(e.trace[2].contains("error_trace.aw:"))  # expect: true
}
