/// The type mapping between script values and SQL (docs/LANGUAGE-DECISIONS.md, "Databases").
enum SQLValueConversion {
    /// The SQL value bound for `value`, the `position`th of a statement's values.
    static func bound(_ value: Value, position: Int) throws -> SQLValue {
        switch value {
        case .nil: return .null
        case .bool(let flag): return .boolean(flag)
        case .int(let number): return .integer(number)
        case .float(let number): return .real(number)
        case .object(let object) where object.kind == .string:
            return .text(unsafeDowncast(object, to: StringObject.self).value)
        default:
            if let list = value.asObject as? ListObject, let bytes = bytes(of: list) { return .blob(bytes) }
            throw ScriptError(
                ErrorKind.typeError,
                "cannot bind \(value.typeName) to $\(position): a statement takes nil, bool, int, float, string or a list of bytes (ints 0 to 255)")
        }
    }

    static func bound(_ values: [Value]) throws -> [SQLValue] {
        try values.enumerated().map { try bound($0.element, position: $0.offset + 1) }
    }

    private static func bytes(of list: ListObject) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(list.items.count)
        for item in list.items {
            guard case .int(let number) = item, (0...255).contains(number) else { return nil }
            bytes.append(UInt8(number))
        }
        return bytes
    }

    /// The script value a column gave.
    static func value(_ sql: SQLValue) -> Value {
        switch sql {
        case .null: return .nil
        case .integer(let number): return .int(number)
        case .real(let number): return .float(number)
        case .text(let text): return .string(text)
        case .boolean(let flag): return .bool(flag)
        case .blob(let bytes): return .list(bytes.map { .int(Int($0)) })
        }
    }

    /// Rows as a list of maps keyed by column name, in column order.
    static func rows(_ result: SQLResult) -> Value {
        let names = result.columns.map { MapKey.string($0) }
        return .list(result.rows.map { row in
            let map = MapObject()
            for (index, cell) in row.enumerated() where index < names.count { map.entries[names[index]] = value(cell) }
            return .object(map)
        })
    }
}
