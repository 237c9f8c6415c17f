import Runtime

/// `executemany` of a statement that is not a plain `INSERT … VALUES` (an
/// `UPDATE`, a `DELETE`, an `INSERT … SELECT`) in a fixed number of round
/// trips, however many rows: postgres-nio sends a connection's queries one
/// at a time, so row by row would be a round trip each. The statement
/// becomes a temporary SQL function whose parameters are the statement's
/// own `$1…$n`, typed as PostgreSQL infers them for it, and one query calls
/// it for every row of arrays bound as values, in order:
///
///     PREPARE … AS <sql>  → parameter types from pg_prepared_statements
///     CREATE FUNCTION pg_temp.asyncrepl_each(t1, …, tn) RETURNS bigint
///         AS $$ WITH changed AS (<sql> RETURNING 1) SELECT count(*) FROM changed $$
///     SELECT sum(pg_temp.asyncrepl_each(r.c1::t1, …)) FROM unnest($1::text[], …) WITH ORDINALITY r
///
/// What PostgreSQL refuses on the way (types it cannot infer, a statement
/// with a RETURNING of its own or that changes nothing) is undone through a
/// savepoint, and the rows then run one by one as before.
extension PostgresSession {
    private static let name = "asyncrepl_each"
    private static let bodyQuote = "$asyncrepl_each$"

    func runEach(_ sql: String, values: [SQLValue], width: Int) async throws -> Int? {
        let statement = String(sql.reversed().drop { $0.isWhitespace || $0 == ";" }.reversed())
        guard width > 0, !statement.contains(Self.bodyQuote) else { return nil }
        _ = try await run("SAVEPOINT \(Self.name)", [], counting: true)
        guard let types = try await preparedFunction(for: statement) else {
            _ = try await run("ROLLBACK TO SAVEPOINT \(Self.name)", [], counting: true)
            _ = try await run("RELEASE SAVEPOINT \(Self.name)", [], counting: true)
            return nil
        }
        _ = try await run("RELEASE SAVEPOINT \(Self.name)", [], counting: true)
        let columns = (1...width).map { "c\($0)" }
        let arguments = zip(columns, types).map { "r.\($0)::\($1)" }.joined(separator: ", ")
        let arrays = (1...width).map { "$\($0)::text[]" }.joined(separator: ", ")
        let call = """
            SELECT coalesce(sum(pg_temp.\(Self.name)(\(arguments))), 0)::bigint
            FROM (SELECT * FROM unnest(\(arrays)) WITH ORDINALITY AS u(\(columns.joined(separator: ", ")), n) ORDER BY n) AS r
            """
        let bound = (0..<width).map { column in SQLValue.text(Self.arrayLiteral(values, column: column, width: width)) }
        let result = try await run(call, bound, counting: false)
        _ = try await run("DROP FUNCTION pg_temp.\(Self.name)(\(types.joined(separator: ", ")))", [], counting: true)
        guard case .integer(let changed) = result.rows.first?.first else { return 0 }
        return changed
    }

    /// Creates the function for `statement`; its parameter types, or nil when PostgreSQL refused.
    private func preparedFunction(for statement: String) async throws -> [String]? {
        do {
            _ = try await run("PREPARE \(Self.name) AS \(statement)", [], counting: true)
            let described = try await run(
                "SELECT unnest(parameter_types)::text FROM pg_prepared_statements WHERE name = $1", [.text(Self.name)],
                counting: false)
            _ = try await run("DEALLOCATE \(Self.name)", [], counting: true)
            let types = described.rows.compactMap { row -> String? in
                if case .text(let type) = row.first { return type }
                return nil
            }
            _ = try await run(
                """
                CREATE FUNCTION pg_temp.\(Self.name)(\(types.joined(separator: ", "))) RETURNS bigint LANGUAGE sql AS \(Self.bodyQuote)
                WITH changed AS (\(statement) RETURNING 1) SELECT count(*) FROM changed
                \(Self.bodyQuote)
                """, [], counting: true)
            return types
        } catch let failure as DatabaseFailure where !failure.isConnectionLost {
            return nil
        }
    }

    /// The values of one column as a PostgreSQL array literal (`{"1","Ann",NULL}`),
    /// bound as one text value and cast to the parameter's type element by element.
    static func arrayLiteral(_ values: [SQLValue], column: Int, width: Int) -> String {
        var literal = "{"
        var index = column
        while index < values.count {
            if index != column { literal += "," }
            if let text = Self.text(of: values[index]) {
                literal += "\""
                for character in text.unicodeScalars {
                    if character == "\"" || character == "\\" { literal += "\\" }
                    literal.unicodeScalars.append(character)
                }
                literal += "\""
            } else {
                literal += "NULL"
            }
            index += width
        }
        return literal + "}"
    }

    /// A value as PostgreSQL reads it from text; nil for NULL.
    private static func text(of value: SQLValue) -> String? {
        switch value {
        case .null: return nil
        case .integer(let number): return String(number)
        case .real(let number): return "\(number)"
        case .text(let text): return text
        case .boolean(let flag): return flag ? "t" : "f"
        case .blob(let bytes): return "\\x" + bytes.map { String($0, radix: 16).leftPadded(to: 2) }.joined()
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
