var x = 1
let get = fn () => x
x = 2
print(get())  # expect: 2
