import Testing

@testable import Runtime

/// How traces show a statement's SQL: one line of at most 60 characters.
@Suite struct SQLShorteningTests {
    @Test(arguments: [
        ("SELECT 1", "SELECT 1"),
        ("SELECT id FROM users WHERE id = $1", "SELECT id FROM users WHERE id = $1"),
        ("  SELECT  id\n  FROM users\tWHERE id = $1 ", "SELECT id FROM users WHERE id = $1"),
        ("SELECT\u{A0}1", "SELECT 1"),
        (String(repeating: "x", count: 60), String(repeating: "x", count: 60)),
        (String(repeating: "x", count: 61), String(repeating: "x", count: 59) + "…"),
        ("INSERT INTO t (a, b, c, d, e, f, g, h, i, j, k, l) VALUES ($1, $2, $3, $4)",
         "INSERT INTO t (a, b, c, d, e, f, g, h, i, j, k, l) VALUES (…"),
    ])
    func shortened(sql: String, shown: String) {
        #expect(DatabaseWork.shortened(sql) == shown)
    }
}
