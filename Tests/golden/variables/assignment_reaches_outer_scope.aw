var count = 0
if true {
    count = count + 5
}
fn bump() {
    count += 1
}
bump()
print(count)  # expect: 6
