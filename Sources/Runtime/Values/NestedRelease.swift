import Glibc
import OrderedCollections

/// Frees nested lists and maps without recursing. Left to itself, freeing a
/// list that holds a list that holds a list… would run one `deinit` inside
/// the next and overflow the native stack at a few million levels; instead a
/// container's deinit hands its child containers to a per-thread worklist,
/// and only the outermost deinit drains it.
enum NestedRelease {
    /// Moves the containers among `items` to the worklist (their places
    /// become nil), no reference added or dropped on the way, and releases
    /// them unless an outer deinit on this thread is already doing so.
    static func release(containersIn items: inout ContiguousArray<Value>) {
        items.withUnsafeMutableBufferPointer { release(containersIn: $0) }
    }

    /// The same for a map's values.
    static func release(containersIn values: inout OrderedDictionary<MapKey, Value>.Values) {
        values.withUnsafeMutableBufferPointer { release(containersIn: $0) }
    }

    private static func release(containersIn buffer: UnsafeMutableBufferPointer<Value>) {
        var worklist: Worklist?
        for i in buffer.indices where isContainer(buffer[i]) {
            if case .object(let object) = (buffer.baseAddress! + i).move() {
                if worklist == nil { worklist = Worklist.current }
                worklist!.pending.append(object)
            }
            (buffer.baseAddress! + i).initialize(to: .nil)
        }
        worklist?.drain()
    }

    @inline(__always) private static func isContainer(_ value: Value) -> Bool {
        guard case .object(let object) = value else { return false }
        return object.kind == .list || object.kind == .map
    }

    /// Containers waiting to be released on this thread.
    private final class Worklist {
        // @exclusivity(unchecked) in this file: see "Exclusivity" in Sources/Runtime/README.md.
        @exclusivity(unchecked) var pending: [Obj] = []
        @exclusivity(unchecked) var isDraining = false

        /// Releases pending containers one at a time; those freed add their own children here.
        func drain() {
            guard !isDraining else { return }
            isDraining = true
            while let next = pending.popLast() { _ = next }
            isDraining = false
        }

        static let key: pthread_key_t = {
            var key = pthread_key_t()
            pthread_key_create(&key) { pointer in
                if let pointer { Unmanaged<Worklist>.fromOpaque(pointer).release() }
            }
            return key
        }()

        static var current: Worklist {
            if let pointer = pthread_getspecific(key) {
                return Unmanaged<Worklist>.fromOpaque(pointer).takeUnretainedValue()
            }
            let worklist = Worklist()
            pthread_setspecific(key, Unmanaged.passRetained(worklist).toOpaque())
            return worklist
        }
    }
}
