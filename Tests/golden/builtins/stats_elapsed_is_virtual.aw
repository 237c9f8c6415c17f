# Golden scripts run on the virtual clock: no time passes without sleeping.
print(stats().elapsed)  # expect: 0.0
print(now())  # expect: 0.0
