# A local fn read before its declaration has run is a NameError, not nil.
if true {
    print(helper)
    fn helper() => 2
}
# expect error: error: NameError: 'helper' is used before its declaration
