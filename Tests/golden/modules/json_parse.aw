# json.parse: objects become maps in their order, arrays lists, integers ints
# (a float when too large for 64 bits), other numbers floats, null nil.
let v = json.parse("{\"name\": \"Ann\", \"tags\": [1, 2.5, true, null, \"\\u00e9\\n\"], \"big\": 12345678901234567890, \"e\": 1e3}")
print(v)
# expect: {"name": "Ann", "tags": [1, 2.5, true, nil, "é\n"], "big": 1.2345678901234567e+19, "e": 1000.0}
print(type(v.tags[0]), type(v.tags[1]), type(v.big), type(v.e), type(json.parse(" [ ] ")))
# expect: int float float float list
print(json.parse("\"\\ud83d\\ude00 \\\"q\\\" \\/\""))
# expect: 😀 "q" /
