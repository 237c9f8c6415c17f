let = 5
# expect error: error[syntax]: expected a name after 'let', found '='
