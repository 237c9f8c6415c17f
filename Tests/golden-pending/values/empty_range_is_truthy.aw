# PENDING: interpreter bug. LANGUAGE.md section 8 lists the falsy values exhaustively
# ("nil, false, 0, 0.0, "", [], {}; everything else is truthy"), so an empty range is
# truthy. The interpreter treats `range(0)` as falsy (as Python does), contradicting the spec.
print(bool(range(0)))  # expect: true
if range(5, 1) { print("truthy") } else { print("falsy") }
# expect: truthy
