try {
    throw ValueError("ignored")
} catch {
}
print("carried on")  # expect: carried on
