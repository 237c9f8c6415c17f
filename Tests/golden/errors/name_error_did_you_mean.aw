let counter = 1
try {
    print(countr)
} catch NameError as e {
    print(e.message.contains("countr"))  # expect: true
    print(e.message.contains("did you mean"))  # expect: true
    print(e.message.contains("counter"))  # expect: true
}
