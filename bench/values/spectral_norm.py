# The benchmarks-game spectral-norm (n = 500 by default), printed rounded to
# 9 decimal places. Same program: spectral_norm.aw / .js. The dot products are
# plain loops so that every language adds the floats in the same order
# (sum() of floats is compensated from CPython 3.12 on).
import os

n = int(os.environ.get("N", "500"))


def a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def times_a(u):
    result = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(i, j) * u[j]
        result.append(s)
    return result


def times_at(u):
    result = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(j, i) * u[j]
        result.append(s)
    return result


def times_at_a(u):
    return times_at(times_a(u))


u = [1.0] * n
for _ in range(10):
    v = times_at_a(u)
    u = times_at_a(v)

vbv = 0.0
vv = 0.0
for i in range(n):
    vbv += u[i] * v[i]
    vv += v[i] * v[i]

print(round((vbv / vv) ** 0.5, 9))
