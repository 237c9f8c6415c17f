#!/usr/bin/env asyncrepl run
print("shebang ignored")
# expect: shebang ignored
