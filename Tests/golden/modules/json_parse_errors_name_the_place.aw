# Bad JSON is a ValueError that says what was wrong and where.
for bad in ["{\"a\": 1,}", "[1 2]", "\"abc", "tru", "{\"a\" 1}", "01", "[1.]", "\"\\x\"", "", "[1,\n  2,\n  ]"] {
    try { json.parse(bad) } catch ValueError as e { print(e.message) }
}
# expect: json.parse(): expected a string key, found '}' at line 1, column 9
# expect: json.parse(): expected ',' or ']', found '2' at line 1, column 4
# expect: json.parse(): unterminated string at line 1, column 1
# expect: json.parse(): unexpected 't', expected a value at line 1, column 1
# expect: json.parse(): expected ':' after the key, found '1' at line 1, column 6
# expect: json.parse(): unexpected '1' after the value at line 1, column 2
# expect: json.parse(): a fraction needs digits after '.' at line 1, column 4
# expect: json.parse(): unknown escape '\x' at line 1, column 3
# expect: json.parse(): unexpected end of input, expected a value at line 1, column 1
# expect: json.parse(): unexpected ']', expected a value at line 3, column 3
json.parse(42)
# expect error: error: TypeError: json.parse() expects JSON text, got int
