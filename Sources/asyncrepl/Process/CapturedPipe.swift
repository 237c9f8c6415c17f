import Glibc

/// The parent's (non-blocking) read end of a pipe, and every byte read from it so far.
struct CapturedPipe {
    /// -1 once the pipe has reached end of file and been closed.
    private(set) var fileDescriptor: Int32
    private(set) var bytes: [UInt8] = []

    init(readingFrom fileDescriptor: Int32) {
        self.fileDescriptor = fileDescriptor
        _ = fcntl(fileDescriptor, F_SETFL, O_NONBLOCK)
    }

    var isOpen: Bool { fileDescriptor >= 0 }

    /// Reads whatever is available now, closing the pipe at end of file.
    mutating func drain() {
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while isOpen {
            let count = chunk.withUnsafeMutableBytes { read(fileDescriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes += chunk[0..<count]
            } else if count < 0 && errno == EINTR {
                continue
            } else if count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
                return
            } else {
                close()
            }
        }
    }

    mutating func close() {
        guard isOpen else { return }
        _ = Glibc.close(fileDescriptor)
        fileDescriptor = -1
    }
}
