let xs = [3, 1, 2]
xs.sort()
print(xs)  # expect: [1, 2, 3]
let words = ["pear", "apple", "fig"]
words.sort()
print(words)  # expect: ["apple", "fig", "pear"]
