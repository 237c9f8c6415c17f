async fn nothing() {
    let x = 1
}
print(await nothing())  # expect: nil
