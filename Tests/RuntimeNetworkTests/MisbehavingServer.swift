import Glibc
import Synchronization

/// A TCP server on 127.0.0.1 that answers with bytes written by hand, one way
/// per instance, for what a script's server never does: answer nothing, stop
/// in the middle of a body, hang up, repeat a header. Each connection is served
/// on a thread of its own; `stop()` closes everything.
final class MisbehavingServer: Sendable {
    enum Behavior: Sendable {
        /// Reads the request and never answers.
        case silent
        /// Sends the head and part of the body, then nothing more.
        case stallsMidBody
        /// Sends the head and part of the body, then closes the connection.
        case closesMidBody
        /// Answers 200 with `Via` on two lines and `x-seen` once.
        case repeatsAHeader
    }

    let port: Int
    private let listener: Int32
    private let behavior: Behavior
    private let open = Mutex<[Int32]>([])
    private let stopped = Atomic<Bool>(false)

    init(_ behavior: Behavior) {
        self.behavior = behavior
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.listener = listener
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                precondition(bind(listener, address, length) == 0, "bind failed: \(errno)")
                precondition(getsockname(listener, address, &length) == 0)
            }
        }
        port = Int(UInt16(bigEndian: address.sin_port))
        precondition(listen(listener, 64) == 0)
        Self.detach { [self] in acceptLoop() }
    }

    var url: String { "http://127.0.0.1:\(port)" }

    /// Wakes the threads; each closes its own descriptor, so that none is
    /// closed while another thread may still use its number (the process
    /// reuses numbers at once, for other tests' sockets).
    func stop() {
        open.withLock { open in
            stopped.store(true, ordering: .relaxed)
            shutdown(listener, Int32(SHUT_RDWR))
            for connection in open { shutdown(connection, Int32(SHUT_RDWR)) }
        }
    }

    private func acceptLoop() {
        defer { close(listener) }
        while true {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { return }
            let accepted = open.withLock { open in
                guard !stopped.load(ordering: .relaxed) else { return false }
                open.append(connection)
                return true
            }
            guard accepted else {
                close(connection)
                return
            }
            Self.detach { [self] in serve(connection) }
        }
    }

    private func finish(_ connection: Int32) {
        open.withLock { open in
            open.removeAll { $0 == connection }
            close(connection)
        }
    }

    private func serve(_ connection: Int32) {
        defer { finish(connection) }
        var buffer = [UInt8](repeating: 0, count: 65536)
        var received: [UInt8] = []
        while !received.containsHeadEnd {
            let count = read(connection, &buffer, buffer.count)
            guard count > 0 else { return }
            received += buffer[..<count]
        }
        switch behavior {
        case .silent:
            _ = read(connection, &buffer, buffer.count)  // until the client or stop() hangs up
        case .stallsMidBody, .closesMidBody:
            let head = "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\nContent-Type: text/plain\r\n\r\n0123456789"
            _ = head.utf8CString.withUnsafeBytes { write(connection, $0.baseAddress, $0.count - 1) }
            if behavior == .stallsMidBody { _ = read(connection, &buffer, buffer.count) }
        case .repeatsAHeader:
            let answer = "HTTP/1.1 200 OK\r\nVia: 1.1 first\r\nx-seen: yes\r\nVia: 1.1 second\r\nContent-Length: 2\r\n\r\nok"
            _ = answer.utf8CString.withUnsafeBytes { write(connection, $0.baseAddress, $0.count - 1) }
        }
    }

    private static func detach(_ body: @escaping @Sendable () -> Void) {
        let box = Unmanaged.passRetained(Body(body)).toOpaque()
        var thread = pthread_t()
        pthread_create(&thread, nil, { context in
            Unmanaged<Body>.fromOpaque(context!).takeRetainedValue().run()
            return nil
        }, box)
        pthread_detach(thread)
    }

    private final class Body {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }
}

extension [UInt8] {
    fileprivate var containsHeadEnd: Bool {
        guard count >= 4 else { return false }
        return (0...(count - 4)).contains { self[$0] == 13 && self[$0 + 1] == 10 && self[$0 + 2] == 13 && self[$0 + 3] == 10 }
    }
}

/// A port bound but not listening: connecting to it is refused, and no other
/// test can be given it while this lives.
final class RefusingPort {
    let port: Int
    private let socketDescriptor: Int32

    init() {
        socketDescriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let descriptor = socketDescriptor
        withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                precondition(bind(descriptor, address, length) == 0, "bind failed: \(errno)")
                precondition(getsockname(descriptor, address, &length) == 0)
            }
        }
        port = Int(UInt16(bigEndian: address.sin_port))
    }

    deinit {
        close(socketDescriptor)
    }
}
