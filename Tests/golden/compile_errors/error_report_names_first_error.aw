# Several resolver errors in one file: all are reported, the first one first.
let a = 1
a = 2
break
return 3
# expect error: error[syntax]: cannot assign to 'a'
