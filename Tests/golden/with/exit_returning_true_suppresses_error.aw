# As in Python's __exit__, an exit that returns a truthy value swallows the body's error.
let ctx = {
    enter: fn () => nil,
    exit: fn (error) => true
}
with ctx {
    throw ValueError("swallowed")
}
print("carried on")  # expect: carried on
