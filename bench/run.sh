#!/bin/bash
# Benchmarks asyncrepl against the peers in ../../shared/bench/peers, side by
# side in one run (see compare.py), and prints the ratios to CPython 3.11.
#   bench/run.sh [w1|loops|w2|w3|w4|w5|w6|server|startup|w7|cycles|failed|repl|all]     ROUNDS=N (default 7)
#   BEFORE=path/to/an/older/asyncrepl adds that binary to each comparison (same run).
# Builds the release binary first. CPython is timed through its real binary,
# not the pyenv shim (which adds ~0.1 s per start).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
PEERS=$(cd ../shared/bench/peers && pwd)
PY=${PYTHON:-$(python3 -c 'import sys; print(sys.executable)' 2>/dev/null)}
[ -x /tmp/peers/venv/bin/python ] && PY=/tmp/peers/venv/bin/python
ROUNDS=${ROUNDS:-7}
which=${1:-all}
# Linked with a static Swift runtime and Foundation, as a binary is shipped:
# it starts in about half the time (docs/PERFORMANCE.md, start-up).
# Functions aligned to 32 bytes, as the README builds it: see "Where the
# dispatch jump lands" in docs/PERFORMANCE.md.
swift build -c release --static-swift-stdlib --product asyncrepl -Xswiftc -Xllvm -Xswiftc -align-all-functions=5 \
    >/tmp/asyncrepl-bench-build.log 2>&1 || { tail -20 /tmp/asyncrepl-bench-build.log >&2; exit 1; }
bash bench/dispatch-layout.sh .build/release/asyncrepl || true
AW=.build/release/asyncrepl
compare() { python3 bench/compare.py --rounds "$ROUNDS" "$@"; }

if [ "$which" = w1 ] || [ "$which" = all ]; then
    echo "== W1 cpu-fib: fib(30), plain recursive functions"
    N=30 compare --expect 832040 "cpython=$PY $PEERS/w1_fib.py 30" "asyncrepl=$AW run bench/w1_fib.aw" ${BEFORE:+"asyncrepl-before=$BEFORE run bench/w1_fib.aw"}
fi
if [ "$which" = loops ] || [ "$which" = all ]; then
    echo "== loops: while loop, list building, string work (N=1000000)"
    compare "cpython=$PY bench/loops.py" "asyncrepl=$AW run bench/loops.aw" ${BEFORE:+"asyncrepl-before=$BEFORE run bench/loops.aw"}
fi
if [ "$which" = w2 ] || [ "$which" = all ]; then
    echo "== W2 spawn-gather: 100,000 tasks, each awaits sleep(0); gather"
    compare --expect 4999950000 "asyncio=$PY $PEERS/w2_spawn_gather.py" "trio=$PY $PEERS/w2_spawn_gather_trio.py" \
        "asyncrepl=$AW run --virtual bench/w2_spawn_gather.aw" ${BEFORE:+"asyncrepl-before=$BEFORE run --virtual bench/w2_spawn_gather.aw"}
fi
if [ "$which" = w3 ] || [ "$which" = all ]; then
    echo "== W3 virtual timers: 100,000 tasks sleeping to staggered deadlines, virtual time"
    compare --expect "n=100000 elapsed=0.999 checksum=857451690" "trio-mockclock=$PY $PEERS/w3_virtual_timers_trio.py" \
        "asyncrepl=$AW run --virtual bench/w3_virtual_timers.aw" ${BEFORE:+"asyncrepl-before=$BEFORE run --virtual bench/w3_virtual_timers.aw"}
fi
if [ "$which" = w4 ] || [ "$which" = all ]; then
    echo "== W4 queue ping-pong: 100,000 round trips through two queues of size 1"
    compare --expect 100000 "asyncio=$PY $PEERS/w4_queue_pingpong.py" "trio=$PY $PEERS/w4_queue_pingpong_trio.py" \
        "asyncrepl=$AW run --virtual bench/w4_queue_pingpong.aw" ${BEFORE:+"asyncrepl-before=$BEFORE run --virtual bench/w4_queue_pingpong.aw"}
fi
if [ "$which" = w7 ] || [ "$which" = all ]; then
    echo "== W7 memory: 100,000 tasks blocked in sleep(10), then cancelled (see peak MiB)"
    compare --expect 100000 "asyncio=$PY $PEERS/w7_memory.py" "asyncrepl=$AW run --virtual bench/w7_memory.aw" ${BEFORE:+"asyncrepl-before=$BEFORE run --virtual bench/w7_memory.aw"}
fi
if [ "$which" = cycles ] || [ "$which" = all ]; then
    echo "== 1,000,000 spawn-and-cancel cycles: resident memory must not grow"
    $AW run --virtual bench/spawn_cancel_cycles.aw
fi
if [ "$which" = failed ] || [ "$which" = all ]; then
    echo "== 1,000,000 failed tasks whose errors are retrieved: resident memory must not grow"
    $AW run --virtual bench/failed_tasks.aw
fi
if [ "$which" = repl ] || [ "$which" = all ]; then
    echo "== REPL start: time to the first prompt in a fresh pseudo-terminal"
    peers=("python -q=>>> =$PY -q" "python -m asyncio=>>> =$PY -m asyncio")
    command -v node >/dev/null && peers+=("node=> =node")
    python3 bench/repl_startup.py --rounds "${ROUNDS_REPL:-15}" "${peers[@]}" "asyncrepl=aw> =$AW" \
        "asyncrepl --virtual=aw> =$AW --virtual"
fi
if [ "$which" = w5 ] || [ "$which" = all ]; then
    echo "== W5 http-fanout: 2,000 GETs of a 1 KB file from the peers' nginx, at most 50 in flight"
    "$PEERS/nginx_start.sh" >/dev/null
    trap '"$PEERS/nginx_stop.sh" >/dev/null 2>&1 || true' EXIT
    compare --expect 2000 "aiohttp=$PY $PEERS/w5_http_fanout.py" "asyncrepl=$AW run bench/w5_http_fanout.aw" \
        ${BEFORE:+"asyncrepl-before=$BEFORE run bench/w5_http_fanout.aw"}
    "$PEERS/nginx_stop.sh" >/dev/null 2>&1 || true
    trap - EXIT
fi
if [ "$which" = server ] || [ "$which" = all ]; then
    echo "== server: wrk -t2 -c100 -d10s against GET /health"
    python3 bench/wrk_compare.py --rounds "${ROUNDS_SERVER:-3}" "aiohttp=$PY bench/server_health_aiohttp.py" \
        "asyncrepl=$AW run bench/server_health.aw" ${BEFORE:+"asyncrepl-before=$BEFORE run bench/server_health.aw"}
fi
if [ "$which" = startup ] || [ "$which" = all ]; then
    echo "== W8 start-up: print 1 and exit"
    compare --expect 1 "python=$PY -c 'print(1)'" "asyncrepl=$AW -e 'print(1)'" "asyncrepl --virtual=$AW --virtual -e 'print(1)'"
fi
if [ "$which" = w6 ] || [ "$which" = all ]; then
    echo "== W6 db-batch on SQLite: 20,000 rows with executemany in one transaction, then 2,000 point selects"
    compare --expect 2000 "sqlite3=$PY $PEERS/w6_db_sqlite.py" "aiosqlite=$PY $PEERS/w6_db_aiosqlite.py" \
        "asyncrepl=sh -c 'rm -f /tmp/asyncrepl-w6.db*; exec $AW run bench/w6_db_sqlite.aw'" \
        ${BEFORE:+"asyncrepl-before=sh -c 'rm -f /tmp/asyncrepl-w6.db*; exec $BEFORE run bench/w6_db_sqlite.aw'"}
    echo "== W6 db-batch on PostgreSQL: the same, the selects together through a pool of 10"
    bash .ci/with-postgres bash -c 'PG_DSN=$ASYNCREPL_POSTGRES_URL PG_URL=$ASYNCREPL_POSTGRES_URL python3 bench/compare.py --rounds "$0" --expect 2000 \
        "asyncpg=$1 $2/w6_db_asyncpg.py" "asyncrepl=$3 run bench/w6_db_postgres.aw"' "$ROUNDS" "$PY" "$PEERS" "$AW"
fi
