else { print(1) }
# expect error: error[syntax]: 'else' without a matching 'if'
