# Builds one long string with `acc += ...` in a loop (1,000,000 times), then
# looks at it. Same program: string_concat.py / .js.
fn build(n) {
    var acc = ""
    for i in range(n) {
        acc += "ab"
        acc += str(i % 7)
        if i % 5 == 0 {
            acc += "|"
        }
    }
    return acc
}

let n = int(env("N", "1000000"))
let acc = build(n)
let sixes = len(acc.split("6")) - 1
let bars = len(acc.split("|")) - 1

print(len(acc), acc[:8], acc[-8:], sixes, bars)
