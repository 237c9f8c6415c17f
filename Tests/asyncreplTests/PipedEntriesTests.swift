import Foundation
import Testing

@testable import asyncrepl

@Suite("Cutting piped input into REPL entries", .onOwnThreads)
struct PipedEntriesTests {
    /// The entries `input` is cut into when it arrives in pieces of `chunk` bytes.
    private func entries(_ input: String, chunk: Int = .max) -> [String] {
        var piped = PipedEntries()
        var result: [String] = []
        let bytes = Array(input.utf8)
        var offset = 0
        while offset < bytes.count {
            let end = min(bytes.count, offset + chunk)
            piped.append(bytes[offset..<end])
            offset = end
            result += piped.take(atEnd: false)
        }
        return result + piped.take(atEnd: true)
    }

    /// What asking the parser after every line gives (the interactive REPL's rule).
    private func lineByLine(_ input: String) -> [String] {
        var result: [String] = []
        var pending: [String] = []
        var lines = Array(input.utf8).split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self)
        }
        if lines.last == "" { lines.removeLast() }
        for line in lines {
            pending.append(line)
            let text = pending.joined(separator: "\n")
            if EntryReader.needsMore(text) { continue }
            if !text.allSatisfy(\.isWhitespace) { result.append(text) }
            pending = []
        }
        let rest = pending.joined(separator: "\n")
        if !rest.allSatisfy(\.isWhitespace) { result.append(rest) }
        return result
    }

    @Test("one entry per line, a statement over several lines is one entry, two on a line stay together")
    func statementsAndLines() {
        let input = "let x = 2\nfn f(a) {\n    return a * x\n}\nprint(f(3)); print(1)\n\n# a comment\n"
        #expect(entries(input) == ["let x = 2", "fn f(a) {\n    return a * x\n}", "print(f(3)); print(1)", "# a comment"])
    }

    @Test("an unfinished statement waits for more input, then for the end of the input")
    func unfinished() {
        var piped = PipedEntries()
        piped.append(Array("print(1)\nfn f() {\n    return 1\n".utf8))
        #expect(piped.take(atEnd: false) == ["print(1)"])
        piped.append(Array("}\nlet y = (1 +\n".utf8))
        #expect(piped.take(atEnd: false) == ["fn f() {\n    return 1\n}"])
        #expect(piped.take(atEnd: true) == ["let y = (1 +"])
    }

    @Test("a syntax error ends its entry with its line, and the next entry starts after it")
    func syntaxError() {
        let input = "fn f() {\n    return 1 +* 2\n}\nprint(\"after\")\n"
        #expect(entries(input) == ["fn f() {\n    return 1 +* 2", "}", "print(\"after\")"])
    }

    @Test("a line starting with `.`, `else`, `catch` or `finally` after a complete statement starts a new entry, as line by line")
    func continuationLines() {
        let input = """
            let s = "  Hi  "
                .strip()
            if false {
                print(1)
            }
            else {
                print(2)
            }
            try {
                print(3)
            }
            finally {
                print(4)
            }
            if true { print(5) } else {
                print(6)
            }
            elsewhere()

            """
        for chunk in [1, 5, 16, Int.max] {
            #expect(entries(input, chunk: chunk) == lineByLine(input), "in pieces of \(chunk) bytes")
        }
        #expect(entries(input).first == "let s = \"  Hi  \"")
    }

    @Test("a 3,000-line function arriving in 4 KB pieces is one entry")
    func longFunction() {
        let body = (0..<3000).map { "    let v\($0) = \($0) * 2" }.joined(separator: "\n")
        let function = "fn big() {\n\(body)\n    return 1\n}"
        #expect(entries(function + "\nprint(big())\n", chunk: 4096) == [function, "print(big())"])
    }

    @Test("every golden script and sample is cut as asking the parser after each line would cut it, in any piece size")
    func sameAsLineByLine() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var files: [URL] = []
        for folder in ["Tests/golden", "samples"] {
            let walker = FileManager.default.enumerator(at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            while let url = walker?.nextObject() as? URL {
                if url.pathExtension == "aw" { files.append(url) }
            }
        }
        #expect(files.count > 700)
        for file in files {
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            let expected = lineByLine(text)
            for chunk in [7, 64, 4096, Int.max] {
                let got = entries(text, chunk: chunk).map { $0.replacingOccurrences(of: "\r\n", with: "\n") }
                #expect(got == expected, "\(file.lastPathComponent) in pieces of \(chunk) bytes")
            }
        }
    }
}
