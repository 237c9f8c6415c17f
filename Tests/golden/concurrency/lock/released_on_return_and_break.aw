# Leaving `with lock` by return or break releases the lock.
let lock = Lock()
async fn early() {
    with lock { return lock.locked() }
}
print(await early(), lock.locked())  # expect: true false
while true {
    with lock { break }
}
print(lock.locked())  # expect: false
