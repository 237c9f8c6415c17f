# json.dump writes compact JSON with Python's separators, or laid out with
# indent: n; map keys become strings; it refuses what JSON cannot hold.
print(json.dump({"a": [1, 2.5, nil, true], "b": "tab\tquote\"é"}))
# expect: {"a": [1, 2.5, null, true], "b": "tab\tquote\"é"}
print(json.dump({1: "a", true: [], nil: {}}))
# expect: {"1": "a", "true": [], "null": {}}
print(json.dump({"a": [1, {"b": nil}]}, indent: 2))
# expect: {
# expect:   "a": [
# expect:     1,
# expect:     {
# expect:       "b": null
# expect:     }
# expect:   ]
# expect: }
print(json.parse(json.dump("round \\ trip\n")) == "round \\ trip\n")
# expect: true
let cycle = []
cycle.append(cycle)
try { json.dump(cycle) } catch ValueError as e { print(e.message) }
# expect: json.dump(): the value contains itself
try { json.dump(float("nan")) } catch ValueError as e { print(e.message) }
# expect: json.dump(): JSON has no nan
json.dump([fn () => 1])
# expect error: error: TypeError: json.dump() cannot write fn values; it writes nil, bools, numbers, strings, lists and maps
