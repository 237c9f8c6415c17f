print("ab" == "a" + "b")  # expect: true
print("1" == 1)  # expect: false
print(nil == nil)  # expect: true
print(nil == false)  # expect: false
print(0 == "")  # expect: false
