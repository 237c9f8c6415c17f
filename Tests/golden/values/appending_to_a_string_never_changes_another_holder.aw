# `s += t` appends in place when nothing else holds the string; every other
# holder (a variable, a list, a map key, a constant, a closure) keeps its text.
var s = "ab"
let constant_copy = s
s += "c"
print(s, constant_copy)  # expect: abc ab
var built = ""
for i in range(5) { built += str(i) }
let kept = built
let in_list = [built]
let as_key = {}
as_key[built] = 1
built += "!"
print(built, kept, in_list[0], as_key.keys())  # expect: 01234! 01234 01234 ["01234"]
fn greet() {
    var text = "hi"
    text += " there"
    return text
}
print(greet(), greet())  # expect: hi there hi there
var g = "x"
fn grow() { g += "y" }
grow()
grow()
print(g)  # expect: xyy
var twice = "ab"
twice += twice
print(twice)  # expect: abab
var long = ""
for i in range(100000) { long += "ab" }
print(len(long), long[:4], long[-2:])  # expect: 200000 abab ab
var accent = "e"
print(len(accent))  # expect: 1
accent += "\u{301}"
print(len(accent), accent == "\u{e9}")  # expect: 1 true
accent += "x"
print(len(accent), accent[1])  # expect: 2 x
# A += that fails leaves the variable as it was, whatever it holds.
var n = 1
try { n += "a" } catch e { print(e.kind, n) }  # expect: TypeError 1
var m = {"a": 1}
try { m += "b" } catch e { print(e.kind, m) }  # expect: TypeError {"a": 1}
var s = "x"
try { s += 1 } catch e { print(e.kind, s) }  # expect: TypeError x
s += "y"
print(s)  # expect: xy
