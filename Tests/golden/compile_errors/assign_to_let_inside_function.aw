let limit = 10
fn change() {
    limit = 20
}
print("never printed")
# expect error: error[syntax]: cannot assign to 'limit': it is declared with 'let' (at 
