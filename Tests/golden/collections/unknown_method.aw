[1].push(2)
# expect error: error: TypeError: list has no member 'push'
