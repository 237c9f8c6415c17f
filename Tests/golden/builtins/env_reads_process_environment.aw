let path = env("PATH", "")
print(type(path), len(path) > 0)  # expect: string true
