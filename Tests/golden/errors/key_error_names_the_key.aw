try {
    print({"a": 1}["missing_key"])
} catch KeyError as e {
    print(e.message.contains("missing_key"))  # expect: true
}
