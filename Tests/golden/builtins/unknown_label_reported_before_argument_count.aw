# A wrong label is named even when the positional count is also off.
len(xs: 1)
# expect error: error: TypeError: len() got an unexpected label 'xs:' (it takes no labelled arguments)
