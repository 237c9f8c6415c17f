catch e { print(e) }
# expect error: error[syntax]: 'catch' without a matching 'try'
