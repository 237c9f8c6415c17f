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
        var inString = false
        // For each `\(` we are inside, how many ordinary `(` are open within it.
        var openInterpolations: [Int] = []
        var i = line.startIndex
        while i < line.endIndex {
            let byte = line[i]
            if inString {
                if byte == UInt8(ascii: "\\") {
                    let opensInterpolation = i + 1 < line.endIndex && line[i + 1] == UInt8(ascii: "(")
                    if opensInterpolation {
                        openInterpolations.append(0)
                        inString = false
                    }
                    i += 2
                    continue
                }
                inString = byte != UInt8(ascii: "\"")
            } else {
                switch byte {
                case UInt8(ascii: "#"):
                    return i
                case UInt8(ascii: "\""):
                    inString = true
                case UInt8(ascii: "(") where !openInterpolations.isEmpty:
                    openInterpolations[openInterpolations.count - 1] += 1
                case UInt8(ascii: ")") where openInterpolations.last == 0:
                    openInterpolations.removeLast()
                    inString = true
                case UInt8(ascii: ")") where !openInterpolations.isEmpty:
                    openInterpolations[openInterpolations.count - 1] -= 1
                default:
                    break
                }
            }
            i += 1
        }
        return nil
    }
}
