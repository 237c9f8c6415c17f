# In `catch X`, an uppercase identifier is a kind; a lowercase one is a variable receiving any error.
try {
    throw Error("x", kind: "ParseError")
} catch problem {
    print(problem.kind)  # expect: ParseError
}
