fn f() {
    try {
        throw Error("x")
    } catch e {
        return "from catch"
    } finally {
        print("finally")
    }
}
print(f())
# expect: finally
# expect: from catch
