import Glibc

/// A plain blocking `GET` to 127.0.0.1 over a socket of its own, as another
/// program (curl, a browser) would ask a script's server. Returns the whole
/// reply, head and body, or nil when the connection fails; a 30-second
/// receive limit only catches a hang.
func loopbackGet(port: Int, path: String) -> String? {
    let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard socket >= 0 else { return nil }
    defer { close(socket) }
    var limit = timeval(tv_sec: 30, tv_usec: 0)
    setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard connected == 0 else { return nil }
    let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n".utf8)
    guard send(socket, request, request.count, 0) == request.count else { return nil }
    var reply: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
        let count = recv(socket, &chunk, chunk.count, 0)
        if count > 0 { reply += chunk[0..<count] } else if count < 0 && errno == EINTR { continue } else { break }
    }
    return String(decoding: reply, as: UTF8.self)
}
