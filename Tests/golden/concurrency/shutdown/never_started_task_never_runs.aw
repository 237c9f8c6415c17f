# A task spawned just before main ends is cancelled before its first step, so its body never runs.
spawn { print("never printed") }
print("main done")  # expect: main done
