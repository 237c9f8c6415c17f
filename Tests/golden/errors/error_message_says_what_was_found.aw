try {
    len(5)
} catch TypeError as e {
    print(e.message.contains("int"))  # expect: true
}
