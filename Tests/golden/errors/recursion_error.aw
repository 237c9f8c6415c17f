fn forever(n) => forever(n + 1)
forever(0)
# expect error: error: RecursionError: maximum call depth (10000) exceeded
