# split() with and without a separator, at the edges, with separators longer
# than one character, and on text that is not ASCII. The pieces are ordinary
# strings: their length, indexing and slicing count characters, not bytes.
print("".split(","))  # expect: [""]
print(",a,".split(","))  # expect: ["", "a", ""]
print("aaa".split("aa"))  # expect: ["", "a"]
print("x--y----z".split("--"))  # expect: ["x", "y", "", "z"]
print("abc".split("abcd"))  # expect: ["abc"]
print("ab-".split("-b"))  # expect: ["ab-"]

let pieces = "héllo,wörld,ok".split(",")
print(len(pieces[0]), pieces[0][1], pieces[1][-4:])  # expect: 5 é örld
print(len(pieces[2]), pieces[2][1])  # expect: 2 k

# Whitespace is Unicode's: tabs, line ends, form feeds, no-break and
# ideographic spaces all separate words; runs count once.
print("a\tb\r\nc\u{b}d\u{c}e  ".split())  # expect: ["a", "b", "c", "d", "e"]
print("一\u{3000}二\u{a0}三 四".split())  # expect: ["一", "二", "三", "四"]
print("".split(), "   ".split())  # expect: [] []

let words = "the quick brown fox".split()
print(len(words[1]), words[1][0], words[1][-1], words[2][1:3])  # expect: 5 q k ro
print(words[3] == "fox", {"fox": 1}[words[3]])  # expect: true 1
