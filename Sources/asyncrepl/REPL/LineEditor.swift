import CEditLine
import Glibc

/// A line editor over libedit: emacs key bindings, history, tab completion,
/// and a wake-up pipe through which other threads have it print background
/// output above the line being edited (then redraw the prompt and the partial
/// line) or abandon the line (Ctrl-C at the prompt). It owns everything the
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
    /// Background output and Ctrl-C that arrived while the prompt waited; `wake` is poked when there are some.
    private let events: () -> PromptEvents
    private let wake: WakePipe
    var completer: Completer?
    private var abandoned = false

    init(historyPath: String?, historySize: Int = 1000, wake: WakePipe, events: @escaping () -> PromptEvents) {
        self.historyPath = historyPath
        self.wake = wake
        self.events = events
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
    }

    private func configure() {
        cel_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        cel_set_emacs(editLine)
        cel_set_signal(editLine, 0)
        cel_no_echo_between_lines(editLine)
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
            StandardStream.output.write("\n")  // after "^C"; the next prompt starts on a fresh line
            return .interrupted
        }
        guard let line, count > 0 else {
            // libedit leaves "^D" echoed; end the line.
            StandardStream.output.write("\n")
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

    // MARK: Called by libedit, on the thread that reads lines

    /// libedit's character source: a UTF-8 character from standard input, or
    /// a synthetic Ctrl-C; prints background output while it waits.
    private func readCharacter(into character: UnsafeMutablePointer<wchar_t>?) -> Int32 {
        while true {
            var fds = [pollfd(fd: 0, events: Int16(POLLIN), revents: 0), pollfd(fd: wake.readEnd, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, 2, -1)
            if ready < 0 {
                if errno == EINTR { continue }
                return -1
            }
            if fds[1].revents != 0 {
                wake.drain()
                let arrived = events()
                printBackgroundOutput(arrived.output)
                if arrived.interrupted {
                    character?.pointee = 3  // Ctrl-C, bound to asyncrepl-interrupt
                    return 1
                }
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

    /// Clears the line being edited (every row of it, when it wraps), prints
    /// what background tasks wrote, and redraws the line.
    private func printBackgroundOutput(_ pieces: [(stream: StandardStream, text: String)]) {
        guard !pieces.isEmpty else { return }
        let rowsAbove = cursorRowWithinLine()
        // Up to the prompt's row, to its start, and clear everything below.
        StandardStream.output.write((rowsAbove > 0 ? "\u{1B}[\(rowsAbove)A" : "") + "\r\u{1B}[J")
        for piece in pieces { piece.stream.write(piece.text) }
        if let last = pieces.last?.text, !last.hasSuffix("\n") { StandardStream.output.write("\n") }
        cel_refresh(editLine)
    }

    /// The terminal's width in columns (80 when it does not say).
    var columns: Int {
        var size = winsize()
        guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    /// How many rows below the prompt's first row the cursor is: the prompt and
    /// the text before the cursor, in terminal columns, wrap at the terminal's width.
    private func cursorRowWithinLine() -> Int {
        guard let info = el_line(editLine) else { return 0 }
        var size = winsize()
        guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 0 }
        let before = UnsafeRawBufferPointer(start: info.pointee.buffer, count: info.pointee.cursor - info.pointee.buffer)
        let columns = Self.displayWidth(String(cString: prompt)) + Self.displayWidth(String(decoding: before, as: UTF8.self))
        return columns / Int(size.ws_col)
    }

    /// Terminal columns a text takes: two for wide characters (CJK), none for combining marks.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in total + max(0, Int(cel_wcwidth(wchar_t(bitPattern: scalar.value)))) }
    }

    private func abandonLine() -> UInt8 {
        abandoned = true
        StandardStream.output.write("^C")
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
        StandardStream.output.write("\n" + Self.columns(candidates) + "\n")
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
