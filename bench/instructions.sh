#!/bin/bash
# Counts the instructions each binary executes on reduced workloads, with
# valgrind's callgrind: the same count for the same binary and input whatever
# else the machine is doing, so two builds compare without noise.
#   bench/instructions.sh BINARY...      (e.g. an old and a new release build)
# Prints one line per workload with each binary's count and its ratio to the first.
set -euo pipefail
cd "$(dirname "$0")/.."
workloads=(
    "w1 N=25 run bench/w1_fib.aw"
    "loops N=100000 run bench/loops.aw"
    "w2 N=20000 run --virtual bench/w2_spawn_gather.aw"
    "w4 N=20000 run --virtual bench/w4_queue_pingpong.aw"
)
count() {
    local binary=$1 size=$2
    shift 2
    env "$size" valgrind --tool=callgrind --callgrind-out-file=/dev/null "$binary" "$@" 2>&1 >/dev/null |
        sed -n 's/.*Collected : *\([0-9]*\).*/\1/p'
}
for entry in "${workloads[@]}"; do
    read -r name size args <<<"$entry"
    line="$name:"
    first=""
    for binary in "$@"; do
        # shellcheck disable=SC2086
        n=$(count "$binary" "$size" $args)
        first=${first:-$n}
        line+=" $(basename "$binary")=$n ($(python3 -c "print(f'{$n/$first:.3f}')"))"
    done
    echo "$line"
done
