catch e { print(e) }
# expect error: error[syntax]:
