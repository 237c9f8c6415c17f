# Mirrors the seed's section "异步数据库连接池" (an async database connection
# pool): AsyncDatabaseManager opens a pool, queries users through an acquired
# connection and inserts users concurrently with gather.
#
# Run it:   asyncrepl run --virtual samples/database_pool.aw
# Check it: asyncrepl test samples/database_pool.aw
#
# It uses an in-memory SQLite database, which needs no server; with
# DATABASE_URL=postgres://user@host:5432/db it runs on PostgreSQL and prints
# the same. asyncpg's create_pool(min_size=5, max_size=20, command_timeout=60)
# is db.open(url, min: 5, max: 20, timeout: 60) (an in-memory SQLite database
# is one connection, so its pool has one); `fetch` is query (a list of maps),
# `fetchval` is value. `NOW()` is CURRENT_TIMESTAMP, which both databases
# know. The inserted ids and names are printed sorted: on PostgreSQL the three
# inserts run on three connections at once and may finish in any order.

fn AsyncDatabaseManager(connection_string) {
    let self = {"connection_string": connection_string, "pool": nil}

    # 初始化连接池 (open the pool)
    self.init_pool = async fn () {
        self.pool = await db.open(self.connection_string, min: 5, max: 20, timeout: 60)
        var id_column = "INTEGER PRIMARY KEY"
        if self.connection_string.starts_with("postgres") { id_column = "SERIAL PRIMARY KEY" }
        await self.pool.execute("DROP TABLE IF EXISTS users")
        await self.pool.execute("CREATE TABLE users (id \(id_column), name TEXT, email TEXT, created_at TIMESTAMP)")
    }

    # 异步查询用户数据 (query users)
    self.query_users = async fn (limit = 10) {
        with self.pool.acquire() as connection {
            let query = """
                SELECT id, name, email
                FROM users
                ORDER BY created_at DESC, id DESC
                LIMIT $1
                """
            return await connection.query(query, limit)
        }
    }

    # 异步插入用户数据 (insert a user)
    self.insert_user = async fn (name, email) {
        with self.pool.acquire() as connection {
            let query = """
                INSERT INTO users (name, email, created_at)
                VALUES ($1, $2, CURRENT_TIMESTAMP)
                RETURNING id
                """
            return await connection.value(query, name, email)
        }
    }

    # 关闭连接池 (close the pool)
    self.close_pool = async fn () {
        if self.pool != nil { await self.pool.close() }
    }
    return self
}

async fn database_example() {
    let db_manager = AsyncDatabaseManager(env("DATABASE_URL", "sqlite::memory:"))
    await db_manager.init_pool()
    try {
        # 查询用户 (query users: none yet)
        let users = await db_manager.query_users(5)
        print("Users:", users)

        # 并发插入用户 (insert users concurrently)
        let tasks = []
        for i in range(3) { tasks.append(db_manager.insert_user("User_\(i)", "user_\(i)@example.com")) }
        let results = await gather(...tasks)
        print("Inserted user IDs:", sorted(results))

        # The newest first; on PostgreSQL concurrent inserts have no set order, so print their names sorted.
        let newest = await db_manager.query_users(5)
        print("Users:", len(newest), sorted(newest.map(fn (user) => user.name)))
        await db_manager.pool.execute("DROP TABLE users")
    } finally {
        await db_manager.close_pool()
    }
}

await database_example()
# expect: Users: []
# expect: Inserted user IDs: [1, 2, 3]
# expect: Users: 3 ["User_0", "User_1", "User_2"]
