import AsyncLang
import Synchronization

/// A script parsed and resolved once for many interpreters that each run it
/// from the start (`explore`'s runs): the tree, once resolved, is only read
/// by the compiler. Kept only for a script without compile errors, resolved
/// as the first entry of an interpreter (no names declared before it).
final class ResolvedScriptCache: Sendable {
    struct Entry: @unchecked Sendable {
        // @unchecked Sendable: the program is never changed after it is resolved.
        let file: SourceFile
        let program: Program
        let globals: GlobalScope
    }

    private let entry = Mutex<Entry?>(nil)

    /// The resolved program of `file`, if this cache holds it.
    func program(for file: SourceFile) -> Entry? {
        entry.withLock { cached in cached.flatMap { $0.file === file ? $0 : nil } }
    }

    func keep(_ file: SourceFile, program: Program, globals: GlobalScope) {
        entry.withLock { $0 = Entry(file: file, program: program, globals: globals) }
    }
}
