print("never printed")
break
# expect error: error[syntax]: 'break' outside a loop
