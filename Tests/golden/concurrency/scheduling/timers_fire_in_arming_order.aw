# Timers due at the same instant fire in the order they were armed, not the order tasks were spawned.
async fn late_armer() {
    await sleep(0.5)
    await sleep(0.5)
    print("armed at 0.5, due at 1.0")
}
async fn early_armer() {
    await sleep(1)
    print("armed at 0.0, due at 1.0")
}
spawn late_armer()
spawn early_armer()
await sleep(2)
# expect: armed at 0.0, due at 1.0
# expect: armed at 0.5, due at 1.0
