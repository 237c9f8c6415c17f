import Glibc

/// Where a script's output goes: a file descriptor (buffered; flushed at
/// each newline when it is a terminal) or a Swift closure that receives text.
public final class OutputSink: @unchecked Sendable {
    // @unchecked Sendable: an interpreter uses its sinks from one thread at a
    // time (its own executor); the sink itself is not shared across threads.
    private enum Target {
        case fileDescriptor(Int32)
        case closure((String) -> Void)
    }

    private let target: Target
    // @exclusivity(unchecked) in this file: see "Exclusivity" in Sources/Runtime/README.md.
    @exclusivity(unchecked) private var buffer: [UInt8] = []
    private let flushesEachLine: Bool
    /// Flushed before this sink writes, so stdout and stderr appear in order.
    @exclusivity(unchecked) public var flushesFirst: OutputSink?

    /// A sink writing to a file descriptor; flushed at each newline when it is
    /// a terminal, or always when `flushingEachLine` says so (a session whose
    /// output another program reads as it comes).
    public init(fileDescriptor: Int32, flushingEachLine: Bool? = nil) {
        target = .fileDescriptor(fileDescriptor)
        flushesEachLine = flushingEachLine ?? (isatty(fileDescriptor) == 1)
        buffer.reserveCapacity(1 << 16)
    }

    /// A sink handing every piece of text to `receive` (for hosts and tests).
    public init(_ receive: @escaping (String) -> Void) {
        target = .closure(receive)
        flushesEachLine = false
    }

    /// Standard output of the process.
    public static var standardOutput: OutputSink { OutputSink(fileDescriptor: 1) }
    /// Standard error of the process.
    public static var standardError: OutputSink { OutputSink(fileDescriptor: 2) }

    public func write(_ text: String) {
        flushesFirst?.flush()
        switch target {
        case .closure(let receive):
            receive(text)
        case .fileDescriptor:
            buffer.append(contentsOf: text.utf8)
            if buffer.count >= 1 << 16 || (flushesEachLine && text.utf8.last == 0x0A) { flush() }
        }
    }

    public func flush() {
        guard case .fileDescriptor(let fd) = target, !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    break
                }
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Receives warnings (a coroutine never awaited, a task error never
/// retrieved) and remembers the coroutines not awaited yet, for the warning at exit.
final class WarningSink {
    let errorOutput: OutputSink
    /// Coroutines neither awaited, spawned nor discarded yet, with their creation order.
    @exclusivity(unchecked) private var unawaited: [ObjectIdentifier: (order: Int, coroutine: Unmanaged<CoroutineObject>)] = [:]
    @exclusivity(unchecked) private var created = 0

    init(errorOutput: OutputSink) {
        self.errorOutput = errorOutput
    }

    func warn(_ message: String) {
        errorOutput.write("warning: \(message)\n")
    }

    func coroutineCreated(_ coroutine: CoroutineObject) {
        created += 1
        unawaited[ObjectIdentifier(coroutine)] = (created, Unmanaged.passUnretained(coroutine))
    }

    /// Awaited, spawned, or discarded (and warned about then).
    func coroutineSettled(_ coroutine: CoroutineObject) {
        unawaited[ObjectIdentifier(coroutine)] = nil
    }

    func warnUnawaitedCoroutines() {
        for entry in unawaited.values.sorted(by: { $0.order < $1.order }) {
            warn(entry.coroutine.takeUnretainedValue().neverAwaitedMessage)
        }
        unawaited = [:]
    }
}
