import CEditLine
import Glibc

/// A line editor over libedit: emacs key bindings, history, tab completion,
/// and a wake-up pipe through which other threads ask it to print background
/// output above the line being edited (then redraw the prompt and the partial
/// line) or to abandon the line (Ctrl-C at the prompt). It owns everything the
/// C library hands back and frees it.
final class LineEditor {
    enum Input {
        case line(String)
        /// Ctrl-C: the line (and any entry being continued) is abandoned.
        case interrupted
        /// Ctrl-D on an empty line, or the end of the input.
        case endOfInput
    }

    /// Completion: given the text before the cursor, the candidates for the word
    /// being typed, and how many characters of it are already typed.
    typealias Completer = (_ textBeforeCursor: String) -> (candidates: [String], typedLength: Int)

    private let editLine: OpaquePointer
    private let history: OpaquePointer
    private let historyPath: String?
    private var prompt: UnsafeMutablePointer<CChar>
    /// Background output waiting to be printed above the prompt.
    private let pendingOutput: () -> [(fd: Int32, text: String)]
    private let wakePipe: (read: Int32, write: Int32)
    var completer: Completer?
    private var abandoned = false

    /// Commands written to the wake pipe.
    private enum Wake: UInt8 {
        case output = 0x6F  // "o"
        case interrupt = 0x69  // "i"
    }

    init(historyPath: String?, historySize: Int = 1000, pendingOutput: @escaping () -> [(fd: Int32, text: String)]) {
        var fds: [Int32] = [0, 0]
        pipe(&fds)
        wakePipe = (fds[0], fds[1])
        self.historyPath = historyPath
        self.pendingOutput = pendingOutput
        prompt = strdup("")
        history = cel_history_open(Int32(historySize))
        editLine = el_init("asyncrepl", cel_stdin(), cel_stdout(), cel_stderr())
        if let historyPath { _ = cel_history_load(history, historyPath) }
        configure()
    }

    deinit {
        el_end(editLine)
        history_end(history)
        free(prompt)
        close(wakePipe.read)
        close(wakePipe.write)
    }

    private func configure() {
        cel_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        cel_set_emacs(editLine)
        cel_set_signal(editLine, 0)
        cel_set_history(editLine, history)
        cel_set_prompt(editLine) { el in LineEditor.of(el).prompt }
        cel_set_getc(editLine) { el, character in LineEditor.of(el).readCharacter(into: character) }
        cel_add_command(editLine, "asyncrepl-complete", "complete the word before the cursor") { el, _ in
            LineEditor.of(el).complete()
        }
        cel_add_command(editLine, "asyncrepl-interrupt", "abandon the line") { el, _ in
            LineEditor.of(el).abandonLine()
        }
        cel_bind(editLine, "^I", "asyncrepl-complete")
        cel_bind(editLine, "^C", "asyncrepl-interrupt")
    }

    private static func of(_ editLine: OpaquePointer?) -> LineEditor {
        Unmanaged<LineEditor>.fromOpaque(cel_get_clientdata(editLine)!).takeUnretainedValue()
    }

    /// Reads one line (without its newline), showing `prompt`.
    func readLine(prompt text: String) -> Input {
        free(prompt)
        prompt = strdup(text)
        abandoned = false
        var count: Int32 = 0
        let line = el_gets(editLine, &count)
        if abandoned {
            el_reset(editLine)
            writeAll(1, "\n")  // the terminal echoed "^C"; the next prompt starts on a fresh line
            return .interrupted
        }
        guard let line, count > 0 else {
            // libedit leaves "^D" echoed; end the line.
            writeAll(1, "\n")
            return .endOfInput
        }
        var result = String(cString: line)
        if result.hasSuffix("\n") { result.removeLast() }
        return .line(result)
    }

    func addToHistory(_ entry: String) {
        guard !entry.allSatisfy(\.isWhitespace) else { return }
        _ = cel_history_enter(history, entry)
        if let historyPath { _ = cel_history_save(history, historyPath) }
    }

    /// From another thread: print pending background output above the prompt.
    func outputArrived() { wake(.output) }

    /// From another thread: Ctrl-C at the prompt.
    func interrupt() { wake(.interrupt) }

    private func wake(_ command: Wake) {
        var byte = command.rawValue
        _ = write(wakePipe.write, &byte, 1)
    }

    // MARK: Called by libedit, on the thread that reads lines

    /// libedit's character source: a UTF-8 character from standard input, or
    /// a synthetic Ctrl-C; prints background output while it waits.
    private func readCharacter(into character: UnsafeMutablePointer<wchar_t>?) -> Int32 {
        while true {
            var fds = [pollfd(fd: 0, events: Int16(POLLIN), revents: 0), pollfd(fd: wakePipe.read, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, 2, -1)
            if ready < 0 {
                if errno == EINTR { continue }
                return -1
            }
            if fds[1].revents != 0 {
                var commands = [UInt8](repeating: 0, count: 64)
                let count = read(wakePipe.read, &commands, commands.count)
                if count > 0 && commands[0..<count].contains(Wake.interrupt.rawValue) {
                    character?.pointee = 3  // Ctrl-C, bound to asyncrepl-interrupt
                    return 1
                }
                printBackgroundOutput()
                continue
            }
            if fds[0].revents != 0 {
                guard let scalar = readScalar() else { return 0 }
                character?.pointee = wchar_t(bitPattern: scalar.value)
                return 1
            }
        }
    }

    /// One UTF-8 encoded character from standard input; nil at its end.
    private func readScalar() -> Unicode.Scalar? {
        var first: UInt8 = 0
        guard readByte(&first) else { return nil }
        let length = first < 0x80 ? 1 : first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 1
        var bytes = [first]
        for _ in 1..<length {
            var next: UInt8 = 0
            guard readByte(&next) else { break }
            bytes.append(next)
        }
        return String(decoding: bytes, as: UTF8.self).unicodeScalars.first
    }

    private func readByte(_ byte: inout UInt8) -> Bool {
        while true {
            let count = read(0, &byte, 1)
            if count == 1 { return true }
            if count < 0 && errno == EINTR { continue }
            return false
        }
    }

    /// Clears the line being edited, prints what background tasks wrote, and redraws the line.
    private func printBackgroundOutput() {
        let pieces = pendingOutput()
        guard !pieces.isEmpty else { return }
        writeAll(1, "\r\u{1B}[K")
        for piece in pieces { writeAll(piece.fd, piece.text) }
        if let last = pieces.last?.text, !last.hasSuffix("\n") { writeAll(1, "\n") }
        cel_refresh(editLine)
    }

    private func abandonLine() -> UInt8 {
        abandoned = true
        writeAll(1, "^C")
        return UInt8(CC_NEWLINE)
    }

    /// Tab: completes the word before the cursor, or lists the choices.
    private func complete() -> UInt8 {
        guard let completer, let info = el_line(editLine) else { return UInt8(CC_ERROR) }
        let length = info.pointee.cursor - info.pointee.buffer
        let bytes = UnsafeRawBufferPointer(start: info.pointee.buffer, count: length)
        let before = String(decoding: bytes, as: UTF8.self)
        let (candidates, typed) = completer(before)
        guard !candidates.isEmpty else { return UInt8(CC_ERROR) }
        let common = Self.commonPrefix(candidates)
        let typedPart = common.prefix(typed)
        if common.count > typed {
            _ = el_insertstr(editLine, String(common.dropFirst(typedPart.count)))
            return UInt8(CC_REFRESH)
        }
        if candidates.count == 1 { return UInt8(CC_REFRESH) }
        writeAll(1, "\n" + Self.columns(candidates) + "\n")
        return UInt8(CC_REDISPLAY)
    }

    static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first.map(Array.init) else { return "" }
        for word in words.dropFirst() {
            let characters = Array(word)
            var count = 0
            while count < prefix.count && count < characters.count && prefix[count] == characters[count] { count += 1 }
            prefix = Array(prefix[..<count])
        }
        return String(prefix)
    }

    /// The candidates laid out in columns for an 80-column terminal.
    static func columns(_ words: [String]) -> String {
        let width = (words.map(\.count).max() ?? 0) + 2
        let perLine = max(1, 80 / width)
        var lines: [String] = []
        var index = 0
        while index < words.count {
            let row = words[index..<min(index + perLine, words.count)]
            lines.append(row.map { $0.padding(toLength: width) }.joined().trimmingTrailingSpaces())
            index += perLine
        }
        return lines.joined(separator: "\n")
    }
}

/// Writes all of `text` to a file descriptor, retrying on interruption.
func writeAll(_ fd: Int32, _ text: String) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
        let written = bytes.withUnsafeMutableBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
        if written < 0 {
            if errno == EINTR { continue }
            return
        }
        offset += written
    }
}

extension String {
    fileprivate func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }

    fileprivate func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
