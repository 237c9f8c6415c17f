import Glibc

/// Whether the interpreter's thread is near the end of its native stack, so a
/// builtin's callback into script code (a nested VM loop) is refused with
/// `RecursionError` instead of overflowing. The limit comes from the thread's
/// real stack, read once from the thread itself: how deep a nested run goes
/// depends on the build (a sanitizer's frames are several times larger), so no
/// constant depth is safe everywhere.
struct NativeStackGuard {
    /// The lowest address a nested run may start at; 0 until first asked.
    private var floor: UInt = 0

    mutating func isNearlyFull() -> Bool {
        if floor == 0 { floor = Self.floorOfCurrentThread() }
        var marker = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) } < floor
    }

    /// The stack's low end plus a margin for the deepest native path between
    /// two checks (a nested run's own frames, a parse, printing): a sixteenth of
    /// the stack, at least 1 MiB. 1 (never full) when the stack cannot be read.
    private static func floorOfCurrentThread() -> UInt {
        var attributes = pthread_attr_t()
        guard let getAttributes = threadAttributesFunction, getAttributes(pthread_self(), &attributes) == 0 else {
            return 1
        }
        defer { pthread_attr_destroy(&attributes) }
        var low: UnsafeMutableRawPointer?
        var size = 0
        guard pthread_attr_getstack(&attributes, &low, &size) == 0, let low else { return 1 }
        return UInt(bitPattern: low) + UInt(max(1 << 20, size / 16))
    }
}

/// glibc's `pthread_getattr_np`, which Swift's Glibc module leaves out (it needs
/// `_GNU_SOURCE`); looked up by name, with its C signature.
private let threadAttributesFunction: (@convention(c) (pthread_t, UnsafeMutablePointer<pthread_attr_t>) -> Int32)? = {
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "pthread_getattr_np") else { return nil }
    // unsafeBitCast: the symbol is glibc's `int pthread_getattr_np(pthread_t, pthread_attr_t *)`.
    return unsafeBitCast(symbol, to: (@convention(c) (pthread_t, UnsafeMutablePointer<pthread_attr_t>) -> Int32).self)
}()
