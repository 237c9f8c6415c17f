for v in [nil, false, 0, 0.0, "", [], {}] {
    if v { print("truthy") } else { print("falsy") }
}
# expect: falsy
# expect: falsy
# expect: falsy
# expect: falsy
# expect: falsy
# expect: falsy
# expect: falsy
