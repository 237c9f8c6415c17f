let name = "Ann"
let n = 3
print("hi \(name), \(n + 1) items")  # expect: hi Ann, 4 items
print("\(n)\(n)")  # expect: 33
