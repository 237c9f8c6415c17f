print(1 == 1 == true)
# expect error: error[syntax]: comparison operators cannot be chained; write '1 == 1 and 1 == true'
