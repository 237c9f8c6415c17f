#!/bin/bash
# Value-heavy workloads: each one is written three times (NAME.aw, NAME.py,
# NAME.js) doing the same work. For each workload this first checks that the
# three programs print byte-identical output (and stops loudly if not), then
# times them side by side with ../compare.py, and ends with a table of the
# median wall-time ratios asyncrepl/CPython and asyncrepl/node.
#   bench/values/run.sh [NAME|all]       ROUNDS=N (default 5)
#   AW=path/to/asyncrepl                 the binary to time (default .build/release/asyncrepl; nothing is built)
#   BEFORE=path/to/an/older/asyncrepl    adds that binary to each comparison (same run)
#   N=size                               overrides every program's default size (best with one NAME)
#   N_<name>=size                        overrides one workload's size, e.g. N_string_concat=100000
#   PYTHON=..., NODE=...                 the peers (default: the real CPython 3.11 binary, not the pyenv shim)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PY=${PYTHON:-/root/.pyenv/versions/3.11.7/bin/python3.11}
NODE=${NODE:-node}
AW=${AW:-$ROOT/.build/release/asyncrepl}
ROUNDS=${ROUNDS:-5}
# Make binary paths absolute: the programs run from bench/values.
[[ "$AW" == */* && "$AW" != /* ]] && AW="$PWD/$AW"
[[ -n "${BEFORE:-}" && "$BEFORE" == */* && "$BEFORE" != /* ]] && BEFORE="$PWD/$BEFORE"
bash "$ROOT/bench/dispatch-layout.sh" "$AW" || true
cd "$HERE"

WORKLOADS=(appends_join_split string_concat word_count sort closures_map_filter records generator_sum binary_trees spectral_norm)
which=${1:-all}
if [ "$which" = all ]; then
    selected=("${WORKLOADS[@]}")
elif [ -f "$which.aw" ] && [ -f "$which.py" ] && [ -f "$which.js" ]; then
    selected=("$which")
else
    echo "unknown workload '$which'; one of: ${WORKLOADS[*]} all" >&2
    exit 2
fi
for tool in "$PY" "$NODE" "$AW" ${BEFORE:+"$BEFORE"}; do
    command -v "$tool" >/dev/null || { echo "not found or not executable: $tool" >&2; exit 2; }
done

OUT=$(mktemp -d /tmp/asyncrepl-values.XXXXXX)
trap 'rm -rf "$OUT"' EXIT
summary=()

for name in "${selected[@]}"; do
    size_var="N_$name"
    size=${!size_var:-${N:-}}
    # Runs a command with the workload's N (if one was given) in its environment.
    with_n() { if [ -n "$size" ]; then N="$size" "$@"; else env -u N "$@"; fi; }

    echo "== $name${size:+ (N=$size)}"
    # 1. The programs must agree byte for byte (stdout only: asyncrepl warns on
    #    stderr about a long loop holding the event loop, which is expected here).
    produce() {  # produce LABEL COMMAND...: stdout to $OUT/$name.LABEL.out; fails loudly on a non-zero exit
        local label=$1; shift
        if ! with_n "$@" >"$OUT/$name.$label.out" 2>"$OUT/$name.$label.err"; then
            echo "FAIL: $name: $label exited with an error:" >&2
            tail -n 20 "$OUT/$name.$label.err" >&2
            exit 1
        fi
    }
    produce cpython "$PY" "$name.py"
    produce node "$NODE" "$name.js"
    produce asyncrepl "$AW" run "$name.aw"
    peers=(node asyncrepl)
    if [ -n "${BEFORE:-}" ]; then
        produce asyncrepl-before "$BEFORE" run "$name.aw"
        peers+=(asyncrepl-before)
    fi
    for peer in "${peers[@]}"; do
        if ! cmp -s "$OUT/$name.cpython.out" "$OUT/$name.$peer.out"; then
            echo "FAIL: $name: $peer prints something else than cpython:" >&2
            diff "$OUT/$name.cpython.out" "$OUT/$name.$peer.out" >&2 || true
            exit 1
        fi
    done
    echo "output (identical in all): $(head -c 300 "$OUT/$name.cpython.out" | tr '\t\n' ' |')"

    # 2. Side by side timing; --expect re-checks the last line in every round.
    last=$(tail -n 1 "$OUT/$name.cpython.out")
    with_n python3 "$ROOT/bench/compare.py" --rounds "$ROUNDS" --expect "$last" \
        "cpython=$PY $name.py" "node=$NODE $name.js" "asyncrepl=$AW run $name.aw" \
        ${BEFORE:+"asyncrepl-before=$BEFORE run $name.aw"} | tee "$OUT/$name.times"
    wall() { awk -v n="$1" '$1 == n { print $2 }' "$OUT/$name.times"; }
    row=$(awk -v w="$name" -v c="$(wall cpython)" -v j="$(wall node)" -v a="$(wall asyncrepl)" -v b="$(wall asyncrepl-before)" 'BEGIN {
        line = sprintf("%-20s %9.3f %9.3f %9.3f %10.2f %10.2f", w, c, j, a, a / c, a / j)
        if (b != "") line = line sprintf(" %9.3f %10.2f", b, b / c)
        print line }')
    summary+=("$row")
done

echo
echo "== summary: median wall seconds over $ROUNDS rounds; ratios are asyncrepl / peer (lower is better)"
header=$(printf "%-20s %9s %9s %9s %10s %10s" workload cpython node asyncrepl "aw/cpython" "aw/node")
[ -n "${BEFORE:-}" ] && header+=$(printf " %9s %10s" before "bef/cpython")
echo "$header"
printf '%s\n' "${summary[@]}"
