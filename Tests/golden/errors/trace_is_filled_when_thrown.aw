let e = Error("not thrown yet")
print(e.trace)  # expect: []
try {
    throw e
} catch caught {
    print(len(caught.trace))  # expect: 1
    print(caught.trace[0].ends_with(":4:5 in <main>"))  # expect: true
}
