# Task ids are given in spawn order, counting from 2 after main.
async fn w() {}
let a = spawn w()
let b = spawn w()
let c = spawn w()
print(a.id, b.id, c.id)  # expect: 2 3 4
await gather(a, b, c)
