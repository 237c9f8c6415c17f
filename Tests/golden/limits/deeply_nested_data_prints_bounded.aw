# Printing data nested far deeper than anyone reads stops at 2,000 levels with [...].
var a = []
for i in range(50_000) { a = [a] }
let text = str(a)
print(len(text) < 10_000, text.ends_with("]"), text[0:3])
# expect: true true [[[
