let s = "ÿ"
# The bad byte is the tenth of the file: offset 9, counting from 0.
# expect error: error[syntax]: invalid UTF-8 at byte offset 9
