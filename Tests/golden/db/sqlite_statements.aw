# The db module on an in-memory SQLite database: statements, batches, transactions,
# acquire, stats, errors with their codes, a parameter that stays data, close.
let pool = await db.open("sqlite::memory:")
print(pool)
await pool.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, email TEXT UNIQUE)")
let id = await pool.value("INSERT INTO users (name, email) VALUES ($1, $2) RETURNING id", "Ann", "a@x")
print("id", id)
print(await pool.executemany("INSERT INTO users (name, email) VALUES ($1, $2)", [["Bo", "b@x"], ["Cy", "c@x"]]))
print(await pool.query("SELECT id, name FROM users ORDER BY id LIMIT $1", 10))
print(await pool.execute("UPDATE users SET name = upper(name) WHERE id > $1", 1))
try { await pool.execute("INSERT INTO users (name, email) VALUES ($1, $2)", "Dup", "a@x") } catch DbError as e { print(e, e.code) }
# A statement that changes no rows counts 0, even right after one that changed some.
print(await pool.execute("CREATE TABLE notes (body TEXT)"))
try { await pool.execute("INSERT INTO notes VALUES ('a'); DROP TABLE users") } catch DbError as e { print(e, e.code) }
print(await pool.value("SELECT count(*) FROM notes; -- a comment after the statement is fine"))
try {
  with pool.transaction() as tx {
    await tx.execute("INSERT INTO users (name, email) VALUES ($1, $2)", "Tx", "t@x")
    throw ValueError("nope")
  }
} catch ValueError { print("rolled back:", await pool.value("SELECT count(*) FROM users WHERE name = $1", "Tx")) }
with pool.transaction() as tx { await tx.execute("INSERT INTO users (name, email) VALUES ($1, $2)", "Ok", "o@x") }
print(await pool.value("SELECT count(*) FROM users"))
with pool.acquire() as conn { print(await conn.value("SELECT name FROM users WHERE id = $1", 2)) }
print(pool.stats())
print(await pool.value("SELECT $1", "'; DROP TABLE users; --"))
print(await pool.value("SELECT count(*) FROM users"))
try { await pool.query("SELEC 1") } catch DbError as e { print(e) }
await pool.close()
try { await pool.query("SELECT 1") } catch DbError as e { print(e) }
print(now())
# expect: <pool sqlite::memory: 0/1 in use>
# expect: id 1
# expect: 2
# expect: [{"id": 1, "name": "Ann"}, {"id": 2, "name": "Bo"}, {"id": 3, "name": "Cy"}]
# expect: 2
# expect: DbError: UNIQUE constraint failed: users.email SQLITE_CONSTRAINT_UNIQUE
# expect: 0
# expect: DbError: one statement at a time: the SQL goes on after its first ';' (run each statement on its own) SQLITE_MISUSE
# expect: 0
# expect: rolled back: 0
# expect: 4
# expect: BO
# expect: {"size": 1, "idle": 1, "in_use": 0, "waiting": 0, "max": 1}
# expect: '; DROP TABLE users; --
# expect: 4
# expect: DbError: near "SELEC": syntax error
# expect: DbError: the pool sqlite::memory: is closed; open another with db.open()
# expect: 0.0
