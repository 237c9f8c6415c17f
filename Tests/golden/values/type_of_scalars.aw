print(type(nil))  # expect: nil
print(type(true))  # expect: bool
print(type(1))  # expect: int
print(type(1.0))  # expect: float
print(type("s"))  # expect: string
