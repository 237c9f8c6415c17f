# W1 cpu-fib: recursive fib(n) with plain functions; the same workload as
# ../../shared/bench/peers/w1_fib.py. Prints fib(30) = 832040 by default.
fn fib(n) {
    if n < 2 { return n }
    return fib(n - 1) + fib(n - 2)
}

print(fib(int(env("N", "30"))))
