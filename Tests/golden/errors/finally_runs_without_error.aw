try {
    print("body")
} finally {
    print("finally")
}
# expect: body
# expect: finally
