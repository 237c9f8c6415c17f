let who = "world"
let s = """she said "hello \(who)" """
print(s)  # expect: she said "hello world" 
