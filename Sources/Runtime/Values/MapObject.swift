import OrderedCollections

/// A mutable map that keeps insertion order, shared by reference.
public final class MapObject: Obj {
    // @exclusivity(unchecked) in this file: see "Exclusivity" in Sources/Runtime/README.md.
    @exclusivity(unchecked) public var entries: OrderedDictionary<MapKey, Value>

    public init(_ entries: OrderedDictionary<MapKey, Value> = [:]) {
        self.entries = entries
        super.init(kind: .map)
    }

    deinit {
        NestedRelease.release(containersIn: &entries.values)
    }

    public override var typeName: String { "map" }

    /// `entries[key]` read in place: through the property's address, so the
    /// dictionary's storage is borrowed, not retained and released per read.
    @inline(__always) func field(_ key: MapKey) -> Value? {
        withUnsafeMutablePointer(to: &entries) { $0.pointee[key] }
    }

    /// `entries[key] = value`, in place.
    @inline(__always) func setField(_ key: MapKey, to value: Value) {
        withUnsafeMutablePointer(to: &entries) { $0.pointee[key] = value }
    }
    override var isTruthy: Bool { !entries.isEmpty }
}

/// What may be a map key: strings, ints, floats, bools and nil. A float with
/// an integral value is stored as the int, so `m[1]` and `m[1.0]` are one key.
public enum MapKey: Hashable {
    case `nil`
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(StringKey)

    /// The key of a new string holding `text`.
    public static func string(_ text: String) -> MapKey { .string(StringKey(text)) }

    /// What hashed tables (Swift's and OrderedCollections') bucket a key by:
    /// the key's own value (a string's cached hash, which is per process
    /// randomised as Swift's is) mixed with the table's seed by a 64-bit
    /// finaliser, instead of running SipHash over it on every lookup. Equal
    /// keys give equal values, which is all a table needs.
    public func _rawHashValue(seed: Int) -> Int {
        let value: UInt64
        switch self {
        case .nil: value = 0x6A09_E667_F3BC_C908
        case .bool(let b): value = b ? 0x3C6E_F372_FE94_F82B : 0xA54F_F53A_5F1D_36F1
        case .int(let i): value = UInt64(bitPattern: Int64(i))
        case .float(let d): value = d.bitPattern ^ 0x510E_527F_ADE6_82D1
        case .string(let s): value = UInt64(bitPattern: Int64(s.hash)) ^ 0x9B05_688C_2B3E_6C1F
        }
        var x = value ^ (UInt64(bitPattern: Int64(seed)) &* 0x9E37_79B9_7F4A_7C15)
        x = (x ^ (x >> 30)) &* 0xBF58_476D_1CE4_E5B9
        x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int(bitPattern: UInt(x ^ (x >> 31)))
    }

    /// The key for a value, or nil when the value cannot be a key.
    public init?(_ value: Value) {
        switch value {
        case .nil: self = .nil
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .float(let d):
            if let i = Int(exactly: d) { self = .int(i) } else { self = .float(d) }
        case .object(let o) where o.kind == .string:
            let string = unsafeDowncast(o, to: StringObject.self)
            self = .string(StringKey(text: string.value, hash: string.hashCode))
        default: return nil
        }
    }

    public var value: Value {
        switch self {
        case .nil: return .nil
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .float(let d): return .float(d)
        case .string(let s): return .string(s.text)
        }
    }
}

/// A string map key: the text and its hash, which a string object computes
/// once (`StringObject.hashCode`) and a key keeps, so neither a lookup nor a
/// comparison with another key hashes the text again; a short text is stored
/// inline, so copying a key retains nothing.
public struct StringKey: Hashable {
    public let text: String
    let hash: Int

    init(text: String, hash: Int) {
        self.text = text
        self.hash = hash
    }

    public init(_ text: String) {
        self.text = text
        hash = StringObject.hash(of: text)
    }

    public static func == (a: StringKey, b: StringKey) -> Bool {
        a.hash == b.hash && a.text == b.text
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(hash)
    }
}

extension MapObject {
    /// The `KeyError` for a key the map lacks, the same however it was asked
    /// for (`m["b"]`, `m.b`, `m.remove("b")`): the key as a value prints, and a
    /// close string key if there is one.
    func missing(_ key: Value) -> ScriptError {
        var message = Printer.repr(key)
        if case .object(let object) = key, object.kind == .string {
            let keys: [String] = entries.keys.compactMap { if case .string(let s) = $0 { s.text } else { nil } }
            let name = unsafeDowncast(object, to: StringObject.self).value
            if let close = Suggestions.closest(to: name, in: keys) { message += "; did you mean \(Printer.repr(.string(close)))?" }
        }
        return ScriptError.key(message)
    }
}
