try {
    throw Error("x")
} catch err {
}
print(err)
# expect error: error: NameError: name 'err' is not defined
