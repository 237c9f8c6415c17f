let limit = 10
fn change() {
    limit = 20
}
print("never printed")
# expect error: error[syntax]:
