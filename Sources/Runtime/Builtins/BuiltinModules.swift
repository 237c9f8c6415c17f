/// Every builtin module, each a table of native functions registered as
/// globals. A host adds its own functions through the same `register` call.
enum BuiltinModules {
    static var all: [[NativeFunction]] {
        [
            OutputBuiltins.all, ConversionBuiltins.all, CollectionBuiltins.all, NumberBuiltins.all,
            ErrorBuiltins.all, SystemBuiltins.all, RandomBuiltins.all, TaskBuiltins.all, SyncBuiltins.all,
        ]
    }
}
