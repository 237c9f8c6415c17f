try {
    throw Error("x", kind: "MyError")
} catch ValueError {
    print("no")
} catch e {
    print(e)
}
# expect: MyError: x
