let spawn = 1
# expect error: error[syntax]: expected a name after 'let', found 'spawn'
