/// An immutable string. Indexing and `len` count characters (grapheme
/// clusters), so `"héllo"[1]` is `"é"`; ASCII strings take a byte fast path
/// and other strings build their character table once, on first use.
public final class StringObject: Obj {
    /// Changed only by `append`, and only while nothing else holds this object.
    // @exclusivity(unchecked) in this file: see "Exclusivity" in Sources/Runtime/README.md.
    @exclusivity(unchecked) public private(set) var value: String
    @exclusivity(unchecked) private var characterTable: ContiguousArray<Character>?
    @exclusivity(unchecked) private var asciiCache: Bool?
    @exclusivity(unchecked) private var hashCache: Int?

    /// The text's hash (equal texts, equal hashes), computed once: map keys and
    /// lookups do not hash the text again.
    public var hashCode: Int {
        if let known = hashCache { return known }
        let known = value.hashValue
        hashCache = known
        return known
    }
    private var asciiOnly: Bool {
        if let known = asciiCache { return known }
        let known = StringObject.isASCII(value)
        asciiCache = known
        return known
    }

    public init(_ value: String) {
        self.value = value
        super.init(kind: .string)
    }

    public override var typeName: String { "string" }
    override var isTruthy: Bool { !value.isEmpty }

    /// Number of characters.
    public var count: Int {
        asciiOnly ? value.utf8.count : characters.count
    }

    /// The character at a non-negative index below `count`.
    public func character(at index: Int) -> String {
        if asciiOnly {
            let byte = value.utf8[value.utf8.index(value.utf8.startIndex, offsetBy: index)]
            return String(UnicodeScalar(byte))
        }
        return String(characters[index])
    }

    /// Characters `low..<high` (already clamped to `0...count`).
    public func substring(_ low: Int, _ high: Int) -> String {
        guard low < high else { return "" }
        if asciiOnly {
            let utf8 = value.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: low)
            let end = utf8.index(start, offsetBy: high - low)
            return String(value[start..<end])
        }
        return String(characters[low..<high])
    }

    private static func isASCII(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            var combined: UInt8 = 0
            for byte in bytes { combined |= byte }
            return combined < 0x80
        }
    }

    /// Appends `other`'s text in place (amortised O(1)): only for a string
    /// nobody else holds (`StringAppend`), so no holder sees it change.
    func append(_ other: StringObject) {
        value.append(other.value)
        characterTable = nil
        hashCache = nil
        if let known = asciiCache { asciiCache = known && other.asciiOnly }
    }

    var characters: ContiguousArray<Character> {
        if let table = characterTable { return table }
        let table = ContiguousArray(value)
        characterTable = table
        return table
    }
}
