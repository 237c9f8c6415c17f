# An anonymous function takes the name of the `let` it is bound to.
let named = fn (x) => x
print(named)  # expect: <fn named>
