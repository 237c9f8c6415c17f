# `spawn` needs an awaitable (or a block); a plain value is a TypeError.
spawn 5
# expect error: error: TypeError
