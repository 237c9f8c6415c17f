let s = "hello world"
print(s.starts_with("hell"), s.starts_with("world"))  # expect: true false
print(s.ends_with("world"), s.ends_with("hello"))  # expect: true false
print(s.contains("o w"), s.contains("xyz"))  # expect: true false
