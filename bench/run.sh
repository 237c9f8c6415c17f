#!/bin/bash
# Benchmarks asyncrepl against the peers in ../../shared/bench/peers, side by
# side in one run (see compare.py), and prints the ratios to CPython 3.11.
#   bench/run.sh [w1|loops|all]     ROUNDS=N (default 7)
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
swift build -c release --product asyncrepl >/dev/null
AW=.build/release/asyncrepl
compare() { python3 bench/compare.py --rounds "$ROUNDS" "$@"; }

if [ "$which" = w1 ] || [ "$which" = all ]; then
    echo "== W1 cpu-fib: fib(30), plain recursive functions"
    N=30 compare --expect 832040 "cpython=$PY $PEERS/w1_fib.py 30" "asyncrepl=$AW run bench/w1_fib.aw"
fi
if [ "$which" = loops ] || [ "$which" = all ]; then
    echo "== loops: while loop, list building, string work (N=1000000)"
    compare "cpython=$PY bench/loops.py" "asyncrepl=$AW run bench/loops.aw"
fi
