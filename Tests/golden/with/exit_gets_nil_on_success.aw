var seen = "unset"
let ctx = {
    enter: fn () => nil,
    exit: fn (error) { seen = error }
}
with ctx {}
print(seen)  # expect: nil
