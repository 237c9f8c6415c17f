/// Finds where a comment starts in one line of AsyncLang source: the first
/// `#` outside a string literal, so `print("# expect: x")` holds no expectation
/// but `print(1)  # expect: 1` does.
///
/// It looks at one line at a time and knows `"..."` with escapes and
/// interpolation `\( ... )`, nothing more: a line inside a multi-line `"""`
/// string is read as code. Working line by line keeps a misread line from
/// hiding the expectations on every line after it.
enum CommentLocator {
    /// The index of the comment's `#` in `line`, or nil when the line has no comment.
    static func commentStart(in line: ArraySlice<UInt8>) -> Int? {
        var literals = StringLiteralTracker()
        var i = line.startIndex
        while i < line.endIndex {
            if !literals.inString && line[i] == UInt8(ascii: "#") { return i }
            let next = i + 1 < line.endIndex ? line[i + 1] : nil
            i += literals.step(over: line[i], followedBy: next)
        }
        return nil
    }
}

/// Follows a line byte by byte and knows whether it is inside a string literal,
/// including code nested in `\( ... )` interpolations (which may hold strings).
private struct StringLiteralTracker {
    private(set) var inString = false
    /// For each `\(` we are inside, how many ordinary `(` are open within it.
    private var openInterpolations: [Int] = []

    /// Steps over `byte`; returns how many bytes it used (2 for an escape such as `\"`).
    mutating func step(over byte: UInt8, followedBy next: UInt8?) -> Int {
        if inString { return stepInString(over: byte, followedBy: next) }
        stepInCode(over: byte)
        return 1
    }

    private mutating func stepInString(over byte: UInt8, followedBy next: UInt8?) -> Int {
        guard byte == UInt8(ascii: "\\") else {
            inString = byte != UInt8(ascii: "\"")
            return 1
        }
        if next == UInt8(ascii: "(") {
            openInterpolations.append(0)
            inString = false
        }
        return 2
    }

    private mutating func stepInCode(over byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""):
            inString = true
        case UInt8(ascii: "(") where !openInterpolations.isEmpty:
            openInterpolations[openInterpolations.count - 1] += 1
        case UInt8(ascii: ")") where openInterpolations.last == 0:
            openInterpolations.removeLast()
            inString = true  // back in the string the interpolation interrupted
        case UInt8(ascii: ")") where !openInterpolations.isEmpty:
            openInterpolations[openInterpolations.count - 1] -= 1
        default:
            break
        }
    }
}
