import Glibc

/// The process's standard output or standard error, written with `write(2)`
/// rather than C stdio: nothing sits in a buffer, so text reaches the terminal
/// (or a pipe) in the order the program produced it, even just before `exit`.
enum StandardStream {
    case output
    case error

    private var fileDescriptor: Int32 {
        switch self {
        case .output: return 1
        case .error: return 2
        }
    }

    func write(_ text: String) {
        var remaining = Array(text.utf8)[...]
        while !remaining.isEmpty {
            let written = remaining.withUnsafeBytes { Glibc.write(fileDescriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }  // a closed stream: there is nobody left to tell
            remaining = remaining.dropFirst(written)
        }
    }
}
