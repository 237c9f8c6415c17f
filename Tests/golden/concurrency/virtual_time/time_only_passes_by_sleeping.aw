# Busy work takes no virtual time: only sleeps move the clock.
var total = 0
for i in range(100000) { total += i }
print(now())  # expect: 0.0
