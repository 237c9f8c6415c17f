fn down(n) {
    return down(n + 1) + 1
}
down(0)
# expect error: error: RecursionError: maximum call depth (10000) exceeded
