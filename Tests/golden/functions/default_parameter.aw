fn greet(name, greeting = "hello") => "\(greeting) \(name)"
print(greet("Ann"))  # expect: hello Ann
print(greet("Bo", "hi"))  # expect: hi Bo
