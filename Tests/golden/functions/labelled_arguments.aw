fn describe(name, age, city = "?") => "\(name) \(age) \(city)"
print(describe(age: 30, name: "Ann"))  # expect: Ann 30 ?
print(describe("Bo", city: "Rome", age: 4))  # expect: Bo 4 Rome
