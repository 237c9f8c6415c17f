# PENDING: interpreter bug. Section 5: compile errors (bad syntax, assignment to a `let`,
# `break` outside a loop, ...) "are all reported before anything runs". When a file also
# has a syntax error, only the syntax errors are reported: the assignment to a `let` on
# line 6 (the first error in the file) is never mentioned, so the first error line is the
# one for line 7.
let a = 1
a = 2
print(1 +)
# expect error: error[syntax]: cannot assign to 'a'
