print("never printed")
fn fine() => 1
print(fine())
print(1 +)
# expect error: error[syntax]: expected an expression, found ')'
