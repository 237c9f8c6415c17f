import Foundation
import PostgresNIO
import Runtime
import Synchronization

/// The rows of one PostgreSQL result as SQL values, in column order
/// (docs/LANGUAGE-DECISIONS.md, "Databases", for the type mapping).
final class RowCollector: Sendable {
    private let state = Mutex<(columns: [String], rows: [[SQLValue]])>(([], []))

    var columns: [String] { state.withLock { $0.columns } }
    var rows: [[SQLValue]] { state.withLock { $0.rows } }

    func add(_ row: PostgresRow) throws {
        var names: [String] = []
        var cells: [SQLValue] = []
        for cell in row {
            names.append(cell.columnName)
            cells.append(try Self.value(cell))
        }
        state.withLock { state in
            if state.columns.isEmpty { state.columns = names }
            state.rows.append(cells)
        }
    }

    static func value(_ cell: PostgresCell) throws -> SQLValue {
        guard cell.bytes != nil else { return .null }
        do {
            switch cell.dataType {
            case .int2, .int4, .int8, .oid: return .integer(try cell.decode(Int.self))
            case .float4, .float8: return .real(try cell.decode(Double.self))
            case .bool: return .boolean(try cell.decode(Bool.self))
            case .bytea: return .blob(Array(try cell.decode(ByteBuffer.self).readableBytesView))
            case .numeric: return .text(try cell.decode(Decimal.self).description)
            case .uuid: return .text(try cell.decode(UUID.self).uuidString.lowercased())
            case .timestamptz: return .text(iso8601(try cell.decode(Date.self), zone: true))
            case .timestamp: return .text(iso8601(try cell.decode(Date.self), zone: false))
            case .date: return .text(String(iso8601(try cell.decode(Date.self), zone: false).prefix(10)))
            default: return .text(try cell.decode(String.self))
            }
        } catch {
            throw DatabaseFailure(
                "cannot read column \(cell.columnName) of type \(cell.dataType): cast it in the SQL (\(cell.columnName)::text)")
        }
    }

    /// `2026-12-03T17:05:00Z` (`.250` when the seconds have a fraction; no `Z` for a timestamp without a time zone).
    private static func iso8601(_ date: Date, zone: Bool) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        let seconds = date.timeIntervalSince1970
        formatter.formatOptions = seconds.rounded(.down) == seconds ? [.withInternetDateTime] : [.withInternetDateTime, .withFractionalSeconds]
        let text = formatter.string(from: date)
        return zone ? text : String(text.dropLast())
    }
}
