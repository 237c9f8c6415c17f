# lock.locked() is true while someone holds the lock.
let lock = Lock()
print(lock.locked())  # expect: false
with lock {
    print(lock.locked())  # expect: true
}
print(lock.locked())  # expect: false
print(type(lock))  # expect: Lock
