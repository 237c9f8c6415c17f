with 5 {
    print("never")
}
# expect error: error: TypeError
