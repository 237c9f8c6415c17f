print(sum([1, 2, 3]))  # expect: 6
print(sum([]))  # expect: 0
print(sum([0.5, 0.25]))  # expect: 0.75
print(sum(range(101)))  # expect: 5050
