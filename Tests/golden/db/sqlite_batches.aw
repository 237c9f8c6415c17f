# executemany on SQLite: an INSERT of 1,201 rows goes as statements of 500,
# 500 and 201 rows (every value bound, the full statement's SQL built once);
# any other statement runs once per row; rows without values; no rows; a
# value that cannot be bound names its row's place; a failure leaves nothing.
let pool = await db.open("sqlite::memory:")
await pool.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, label TEXT, price REAL)")
let rows = []
for i in range(1, 1202) { rows.append([i, "item \(i)", i * 0.5]) }
print(await pool.executemany("INSERT INTO items VALUES ($1, $2, $3)", rows))
print(await pool.value("SELECT count(*) FROM items"), await pool.value("SELECT sum(id) FROM items"))
print(await pool.query("SELECT * FROM items WHERE id IN ($1, $2, $3) ORDER BY id", 500, 501, 1201))
print(await pool.executemany("UPDATE items SET price = price * $1 WHERE id = $2", [[2, 1], [3, 1201]]))
print(await pool.query("SELECT id, price FROM items WHERE id IN (1, 1201) ORDER BY id"))
await pool.execute("CREATE TABLE ticks (at TEXT DEFAULT 'now')")
print(await pool.executemany("INSERT INTO ticks DEFAULT VALUES", [[], [], []]), await pool.value("SELECT count(*) FROM ticks"))
print(await pool.executemany("INSERT INTO items VALUES ($1, $2, $3)", []))
try { await pool.executemany("INSERT INTO items VALUES ($1, $2, $3)", [[5000, "a", 1], [5001, {"b": 2}, 1]]) } catch TypeError as e { print(e) }
try { await pool.executemany("INSERT INTO items VALUES ($1, $2, $3)", [[6000, "a", 1], [1, "dup", 1]]) } catch DbError as e { print(e.code) }
print(await pool.value("SELECT count(*) FROM items"))
await pool.close()
# expect: 1201
# expect: 1201 721801
# expect: [{"id": 500, "label": "item 500", "price": 250.0}, {"id": 501, "label": "item 501", "price": 250.5}, {"id": 1201, "label": "item 1201", "price": 600.5}]
# expect: 2
# expect: [{"id": 1, "price": 1.0}, {"id": 1201, "price": 1801.5}]
# expect: 3 3
# expect: 0
# expect: TypeError: cannot bind map to $2: a statement takes nil, bool, int, float, string or a list of bytes (ints 0 to 255)
# expect: SQLITE_CONSTRAINT_PRIMARYKEY
# expect: 1201
