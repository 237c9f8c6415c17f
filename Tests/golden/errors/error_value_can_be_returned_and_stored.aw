fn make() => ValueError("stored")
let errors = [make(), KeyError("k")]
print(errors)  # expect: [ValueError: stored, KeyError: k]
print(errors.map(fn (e) => e.kind))  # expect: ["ValueError", "KeyError"]
