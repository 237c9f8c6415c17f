try {
    throw ValueError("escapes")
} finally {
    print("finally ran")
}
print("not reached")
# expect: finally ran
# expect error: error: ValueError: escapes
