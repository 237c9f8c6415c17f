import AsyncLang
import Synchronization

/// A script compiled once for many interpreters that each run it from the
/// start (`explore`'s runs): the first interpreter registers its modules and
/// compiles the script as its first entry as usual; the cache then keeps what
/// that made, and every later interpreter starts from it instead of
/// registering and compiling again. Compiled code is never changed, string
/// constants are never changed in place (their tables hold them), and the
/// global values kept are the modules' (the script's own are still undefined),
/// so each run still starts from the same state. Interpreters that share a
/// cache must run one at a time (an exploration's runs share one thread).
final class PreparedScriptCache: Sendable {
    struct Prepared: @unchecked Sendable {
        // @unchecked Sendable: read by one interpreter at a time, on one thread.
        let file: SourceFile
        let names: NameTable
        let globals: GlobalTable.Layout
        let modules: ModuleRegistry.Contents
        let disabledNames: [String: String]
        let helpers: [FunctionProto]
        let prototypes: [FunctionProto]
        let main: FunctionProto
        let globalScope: GlobalScope
    }

    private let prepared = Mutex<Prepared?>(nil)

    /// What the first interpreter made, once it compiled its script.
    var current: Prepared? { prepared.withLock { $0 } }

    /// Whether the cache holds nothing yet (the next interpreter fills it).
    var isEmpty: Bool { prepared.withLock { $0 == nil } }

    func keep(_ made: Prepared) {
        prepared.withLock { if $0 == nil { $0 = made } }
    }
}
