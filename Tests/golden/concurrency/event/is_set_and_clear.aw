# is_set() reports the flag; set() raises it and clear() lowers it.
let e = Event()
print(e.is_set())  # expect: false
e.set()
print(e.is_set())  # expect: true
e.set()
print(e.is_set())  # expect: true
e.clear()
print(e.is_set())  # expect: false
print(type(e))  # expect: Event
