{"a": 1}
# expect error: error[syntax]: a statement cannot start with '{': a block needs a keyword such as 'if', and a map literal cannot stand alone
