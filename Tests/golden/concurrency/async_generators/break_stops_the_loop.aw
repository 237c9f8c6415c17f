# break leaves a `for await` loop early; the generator produces nothing more.
async fn numbers() {
    var i = 0
    while true {
        print("producing", i)
        yield i
        i += 1
    }
}
for await x in numbers() {
    if x == 2 { break }
}
print("after the loop")
# expect: producing 0
# expect: producing 1
# expect: producing 2
# expect: after the loop
