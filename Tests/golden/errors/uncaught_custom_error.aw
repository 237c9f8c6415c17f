throw Error("custom failure", kind: "MyError")
# expect error: error: MyError: custom failure
