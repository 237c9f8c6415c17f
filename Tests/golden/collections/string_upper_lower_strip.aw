print("MiXed".upper())  # expect: MIXED
print("MiXed".lower())  # expect: mixed
print("[" + "  pad\t\n".strip() + "]")  # expect: [pad]
