# An error leaving `with lock` releases the lock.
let lock = Lock()
try {
    with lock { throw ValueError("inside") }
} catch ValueError {
    print(lock.locked())  # expect: false
}
