import AsyncLang

/// Piped input cut into REPL entries. Asking the parser after every line
/// whether the entry is complete costs a parse of the whole entry per line,
/// which is quadratic for a long function; here one parse of what has arrived
/// finds every entry in it. An entry ends at a line end that no statement
/// spans; a syntax error ends its entry at the end of its line (the entry
/// reports it and the next one starts after it); a statement cut off by the
/// end of what has arrived waits for more input.
struct PipedEntries {
    private var pending: [UInt8] = []

    mutating func append(_ bytes: some Sequence<UInt8>) {
        pending += bytes
    }

    /// The complete entries at the front of what has arrived; at the end of the
    /// input, everything left (an unfinished entry then reports its error).
    mutating func take(atEnd: Bool) -> [String] {
        var entries: [String] = []
        while true {
            let usable = atEnd ? pending.count : (pending.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0)
            guard usable > 0 else { return entries }
            let file = SourceFile(path: "<stdin>", bytes: Array(pending[..<usable]))
            let parsed = Parser.parse(file)
            let error = parsed.diagnostics.first?.range?.start
            var finished = parsed.program.main.body.statements.filter { $0.range.end <= (error ?? .max) }
            var lastCut = finished.last.map { Self.endOfLine(containing: $0, in: file) } ?? 0
            if error != nil, lastCut > 0, !Parser.parse(SourceFile(path: file.path, bytes: Array(file.bytes[..<lastCut]))).diagnostics.isEmpty {
                // The last statement is the one the error cut short (or shares its line): it belongs to the error's entry.
                finished.removeLast()
                lastCut = finished.last.map { Self.endOfLine(containing: $0, in: file) } ?? 0
            }
            let spanned = Self.spannedLineStarts(in: file, statements: finished)
            if let early = Self.endBeforeContinuation(in: file, statements: finished, spanned: spanned) {
                // Asked after each line, the parser would have ended the entry before
                // a line that continues a complete statement (`.method()`, `else`…).
                entries += Self.entries(in: file, spanned: spanned, upTo: early.lowerBound)
                if case let piece = Self.text(file, early), !piece.allSatisfy(\.isWhitespace) { entries.append(piece) }
                pending.removeFirst(early.upperBound)
                continue
            }
            guard let error else {
                // Every statement is finished: cut between them (at the end, comment lines after them too).
                let cut = atEnd ? usable : lastCut
                entries += Self.entries(in: file, spanned: spanned, upTo: cut)
                pending.removeFirst(cut)
                return entries
            }
            entries += Self.entries(in: file, spanned: spanned, upTo: lastCut)
            // Then one entry up to the end of the error's line, or to the end of the input if it
            // ran out inside a statement; lines holding only comments before it are entries of their own.
            let cut = parsed.isIncomplete ? (atEnd ? usable : lastCut) : Self.endOfLine(containing: error, in: file)
            var start = lastCut
            while start < cut, case let end = Self.endOfLine(containing: start, in: file), Self.holdsOnlyComments(file, start..<end) {
                let line = Self.text(file, start..<end)
                if !line.allSatisfy(\.isWhitespace) { entries.append(line) }
                start = end
            }
            if start < cut, case let tail = Self.text(file, start..<cut), !tail.allSatisfy(\.isWhitespace) {
                entries.append(tail)
            }
            guard cut > 0 else { return entries }
            pending.removeFirst(cut)
        }
    }

    /// Line starts inside a statement (the statement goes on across them).
    private static func spannedLineStarts(in file: SourceFile, statements: [Stmt]) -> Set<Int> {
        var spanned = Set<Int>()
        var line = 1
        for statement in statements {
            while line < file.lineStarts.count && file.lineStarts[line] <= statement.range.start { line += 1 }
            var inside = line
            while inside < file.lineStarts.count && file.lineStarts[inside] < statement.range.end {
                spanned.insert(file.lineStarts[inside])
                inside += 1
            }
        }
        return spanned
    }

    /// The first statement that a line starting with `.`, `else`, `catch` or
    /// `finally` continues although the lines before it already complete it:
    /// the range of the entry that ends before that line.
    private static func endBeforeContinuation(in file: SourceFile, statements: [Stmt], spanned: Set<Int>) -> Range<Int>? {
        let lineStarts = file.lineStarts
        var line = 1
        var entryStart = 0
        for statement in statements {
            while line < lineStarts.count && lineStarts[line] <= statement.range.start {
                if !spanned.contains(lineStarts[line]) { entryStart = lineStarts[line] }
                line += 1
            }
            var inside = line
            while inside < lineStarts.count && lineStarts[inside] < statement.range.end {
                let boundary = lineStarts[inside]
                if continuesStatement(file, lineStart: boundary) {
                    let prefix = SourceFile(path: file.path, bytes: Array(file.bytes[entryStart..<boundary]))
                    if !Parser.parse(prefix).isIncomplete { return entryStart..<boundary }
                }
                inside += 1
            }
        }
        return nil
    }

    private static func continuesStatement(_ file: SourceFile, lineStart: Int) -> Bool {
        let line = file.bytes[lineStart...].prefix { $0 != 0x0A }.drop { $0 == 0x20 || $0 == 0x09 }
        if line.first == UInt8(ascii: ".") { return true }
        return ["else", "catch", "finally"].contains { word in
            line.starts(with: word.utf8) && !(line.dropFirst(word.utf8.count).first.map(isIdentifierByte) ?? false)
        }
    }

    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "_") || (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) || byte >= 0x80
    }

    /// The entries before `cut`: from line end to line end, where no statement spans the line end.
    private static func entries(in file: SourceFile, spanned: Set<Int>, upTo cut: Int) -> [String] {
        var entries: [String] = []
        var start = 0
        for boundary in file.lineStarts.dropFirst() where boundary <= cut && !spanned.contains(boundary) {
            let entry = text(file, start..<boundary)
            if !entry.allSatisfy(\.isWhitespace) { entries.append(entry) }
            start = boundary
        }
        if start < cut, case let entry = text(file, start..<cut), !entry.allSatisfy(\.isWhitespace) {
            entries.append(entry)  // the last line, without a line end
        }
        return entries
    }

    private static func holdsOnlyComments(_ file: SourceFile, _ line: Range<Int>) -> Bool {
        let parsed = Parser.parse(SourceFile(path: file.path, bytes: Array(file.bytes[line])))
        return parsed.diagnostics.isEmpty && parsed.program.main.body.statements.isEmpty
    }

    private static func endOfLine(containing statement: Stmt, in file: SourceFile) -> Int {
        endOfLine(containing: max(statement.range.start, statement.range.end - 1), in: file)
    }

    private static func endOfLine(containing offset: Int, in file: SourceFile) -> Int {
        let next = file.lineStarts.first { $0 > offset }
        return next ?? file.bytes.count
    }

    private static func text(_ file: SourceFile, _ range: Range<Int>) -> String {
        var bytes = file.bytes[range]
        while bytes.last == 0x0A || bytes.last == 0x0D { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
