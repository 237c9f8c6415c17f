import Glibc

/// Reads files as raw bytes with `open`/`read`, never decoding them, so a
/// script with invalid UTF-8 reaches the interpreter (and the golden runner)
/// exactly as it is on disk; writes them the same way.
enum RawFile {
    /// Creates or replaces the file at `path` with `bytes`.
    static func write(_ bytes: [UInt8], to path: String) throws(SystemError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw SystemError.current() }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if count >= 0 {
                offset += count
            } else if errno != EINTR {
                throw SystemError.current()
            }
        }
    }

    /// The whole content of the file at `path`.
    static func read(path: String) throws(SystemError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw SystemError.current() }
        defer { close(fd) }
        return try readToEnd(fd)
    }

    /// Everything readable from `fd` until end of file (used for standard input too).
    static func readToEnd(_ fd: Int32) throws(SystemError) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes += chunk[0..<count]
            } else if count == 0 {
                return bytes
            } else if errno != EINTR {
                throw SystemError.current()
            }
        }
    }
}
