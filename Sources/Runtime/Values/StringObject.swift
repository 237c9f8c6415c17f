/// An immutable string. Indexing and `len` count characters (grapheme
/// clusters), so `"héllo"[1]` is `"é"`; ASCII strings take a byte fast path
/// and other strings build their character table once, on first use.
public final class StringObject: Obj {
    // Declared first, so they fill the padding after `Obj.kind`: a string
    // object stays 48 bytes (`flags`, `hash` and `text` are what they are
    // because a million strings in a list must not cost more memory).
    // @exclusivity(unchecked) in this file: see "Exclusivity" in Sources/Runtime/README.md.
    /// `Known` bits: whether `hash` and the ASCII bit hold.
    @exclusivity(unchecked) private var flags: UInt8 = 0
    @exclusivity(unchecked) private var hash: Int32 = 0
    /// Changed only by `append`, and only while nothing else holds this object.
    @exclusivity(unchecked) private var text: String
    @exclusivity(unchecked) private var characterTable: ContiguousArray<Character>?

    private static let hashKnown: UInt8 = 1
    private static let asciiKnown: UInt8 = 2
    private static let ascii: UInt8 = 4

    /// Borrowed, not copied: reading it costs no retain, as a `let` would not.
    public var value: String {
        _read { yield text }
    }

    /// The text's hash (equal texts, equal hashes), computed once: map keys and
    /// lookups do not hash the text again.
    public var hashCode: Int {
        if flags & Self.hashKnown != 0 { return Int(hash) }
        hash = Int32(truncatingIfNeeded: Self.hash(of: text))
        flags |= Self.hashKnown
        return Int(hash)
    }

    /// The hash every string key uses (32 bits, as a string object keeps it).
    static func hash(of text: String) -> Int {
        Int(Int32(truncatingIfNeeded: text.hashValue))
    }

    /// Whether every character is ASCII (then characters are bytes).
    var isKnownASCII: Bool { asciiOnly }

    /// The text's UTF-8 bytes, without copying them.
    func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        text.withUTF8(body)
    }

    private var asciiOnly: Bool {
        if flags & Self.asciiKnown != 0 { return flags & Self.ascii != 0 }
        let known = StringObject.isASCII(text)
        flags |= Self.asciiKnown | (known ? Self.ascii : 0)
        return known
    }

    public init(_ value: String) {
        text = value
        super.init(kind: .string)
    }

    /// A string whose text is known to be ASCII when `knownASCII` (a piece of
    /// an ASCII string), so nothing scans it to find out; otherwise, as with
    /// `init(_:)`, the first use that needs to know looks.
    init(_ value: String, knownASCII: Bool) {
        text = value
        flags = knownASCII ? Self.asciiKnown | Self.ascii : 0
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
        text.append(other.value)
        characterTable = nil
        let stillASCII = flags & Self.ascii != 0 && other.asciiOnly
        flags = stillASCII ? Self.asciiKnown | Self.ascii : 0
    }

    var characters: ContiguousArray<Character> {
        if let table = characterTable { return table }
        let table = ContiguousArray(value)
        characterTable = table
        return table
    }
}
