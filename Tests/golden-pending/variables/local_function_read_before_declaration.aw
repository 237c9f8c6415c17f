# PENDING: interpreter bug. Inside a block, a local `fn` read before its declaration
# silently evaluates to nil (and calling it gives "TypeError: nil is not callable"),
# whereas at top level the same code raises NameError. Section 5: "An undefined name is
# a runtime NameError". Local functions may be hoisted for mutual recursion, but a
# read before the declaration has run must not produce nil.
if true {
    print(helper)
    fn helper() => 2
}
# expect error: error: NameError
