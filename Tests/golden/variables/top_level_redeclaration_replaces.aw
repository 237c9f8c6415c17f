# At top level (as in the REPL) a name may be declared again; the new binding wins.
let x = 1
let x = 2
print(x)  # expect: 2
