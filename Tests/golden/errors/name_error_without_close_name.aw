try {
    print(zqxj)
} catch NameError as e {
    print(e.message.contains("zqxj"), e.message.contains("did you mean"))  # expect: true false
}
