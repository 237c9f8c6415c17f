let ages = {"ann": 31, "bo": 4}
for name, age in ages.items() {
    print("\(name)=\(age)")
}
# expect: ann=31
# expect: bo=4
