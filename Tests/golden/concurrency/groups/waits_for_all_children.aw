# A group's block exits only when every child is done.
async fn child(name, d) {
    await sleep(d)
    print(name, "done at", now())
}
with group() as g {
    g.spawn(child("a", 3))
    g.spawn(child("b", 1))
    g.spawn(child("c", 2))
}
print("group exited at", now())
# expect: b done at 1.0
# expect: c done at 2.0
# expect: a done at 3.0
# expect: group exited at 3.0
