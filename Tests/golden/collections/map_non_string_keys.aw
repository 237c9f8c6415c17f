let m = {1: "int", 2.5: "float", true: "bool", nil: "nil"}
print(m[1], m[2.5], m[true], m[nil])  # expect: int float bool nil
