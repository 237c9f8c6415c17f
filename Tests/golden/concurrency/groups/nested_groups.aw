# An inner group's failure is an ErrorGroup inside the outer group's ErrorGroup.
async fn bad() { throw ValueError("deep") }
async fn inner_group() {
    with group() as inner { inner.spawn(bad()) }
}
try {
    with group() as outer { outer.spawn(inner_group()) }
} catch ErrorGroup as eg {
    print(eg.errors[0].kind)  # expect: ErrorGroup
    print(eg.errors[0].errors[0].message)  # expect: deep
}
