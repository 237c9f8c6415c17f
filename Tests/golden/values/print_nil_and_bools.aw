print(nil)  # expect: nil
print(true)  # expect: true
print(false)  # expect: false
