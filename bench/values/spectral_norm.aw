# The benchmarks-game spectral-norm (n = 500 by default), printed rounded to
# 9 decimal places. Same program: spectral_norm.py / .js.
let n = int(env("N", "500"))

fn a(i, j) => 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)

fn times_a(u) {
    let result = []
    for i in range(n) {
        var s = 0.0
        for j in range(n) {
            s += a(i, j) * u[j]
        }
        result.append(s)
    }
    return result
}

fn times_at(u) {
    let result = []
    for i in range(n) {
        var s = 0.0
        for j in range(n) {
            s += a(j, i) * u[j]
        }
        result.append(s)
    }
    return result
}

fn times_at_a(u) => times_at(times_a(u))

var u = []
for _ in range(n) {
    u.append(1.0)
}
var v = []
for _ in range(10) {
    v = times_at_a(u)
    u = times_at_a(v)
}

var vbv = 0.0
var vv = 0.0
for i in range(n) {
    vbv += u[i] * v[i]
    vv += v[i] * v[i]
}

print(round((vbv / vv) ** 0.5, 9))
