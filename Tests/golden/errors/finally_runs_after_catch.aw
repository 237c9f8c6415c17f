try {
    throw Error("x")
} catch e {
    print("catch")
} finally {
    print("finally")
}
print("after")
# expect: catch
# expect: finally
# expect: after
