# args: --seed 3
var ok = true
for i in range(1000) {
    let r = random()
    if r < 0 or r >= 1 or type(r) != "float" { ok = false }
}
print(ok)  # expect: true
