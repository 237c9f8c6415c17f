fn nothing() {
    let x = 1
}
print(nothing())  # expect: nil
fn bare() { return }
print(bare())  # expect: nil
