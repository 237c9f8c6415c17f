print("never printed")
if true {
    print(1)
# expect error: error[syntax]: expected '}' to close '{' at line 2, found end of input
