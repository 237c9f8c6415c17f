let people = [["bo", 2], ["ann", 1], ["cy", 2], ["di", 1]]
print(sorted(people, key: fn (p) => p[1]))  # expect: [["ann", 1], ["di", 1], ["bo", 2], ["cy", 2]]
