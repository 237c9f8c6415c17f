#!/bin/bash
# Tells where a build placed the VM's dispatch block (the few instructions that
# load the jump table and jump through it), and whether the block fits in one
# 32-byte fetch window. On the AMD EPYC machines here, a build whose block
# straddles a window runs a tight loop 1.5-1.7x slower with identical machine
# code (docs/PERFORMANCE.md, "Where the dispatch jump lands"). Run it before
# comparing two builds' loop timings.
#   bench/dispatch-layout.sh [path/to/asyncrepl]   (default .build/release/asyncrepl)
set -euo pipefail
binary=${1:-.build/release/asyncrepl}
symbol='$s7Runtime2VMC7execute_8boundary4base8throwingAC4ExitOAA5FiberC_SiAKSgAA11ErrorObjectCSgtKF'
listing=$(objdump -d --no-show-raw-insn "$binary" |
    awk -v s="<$symbol>:" '$2 == s { p = 1; next } /^[0-9a-f]+ </ { p = 0 } p')
[ -n "$listing" ] || { echo "no VM.execute in $binary (a release build of asyncrepl?)" >&2; exit 1; }
# The first indirect jump of execute is the dispatch; its block starts at the
# `movzbl` that widens the opcode, four instructions earlier.
jump_line=$(grep -n -m1 'jmp    \*' <<<"$listing" | cut -d: -f1)
address() { sed -n "$1p" <<<"$listing" | awk '{ sub(":", "", $1); print $1 }'; }
[ -n "$jump_line" ] && [ "$jump_line" -gt 4 ] && sed -n "$((jump_line - 4))p" <<<"$listing" | grep -q movzbl || {
    echo "the dispatch block of $binary is not the expected movzbl ... jmp *%reg: read it with objdump" >&2
    exit 1
}
start=$((16#$(address $((jump_line - 4)))))
jump=$((16#$(address "$jump_line")))
function_start=$((16#$(nm "$binary" | awk -v s="$symbol" '$3 == s { print $1 }')))
printf 'execute at 0x%x (%d mod 32); dispatch block 0x%x..0x%x (+%d in the function)\n' \
    "$function_start" $((function_start % 32)) "$start" $((jump + 1)) $((start - function_start))
if [ $((start / 32)) -eq $(((jump + 1) / 32)) ]; then
    echo "fits one 32-byte window: loops run at full speed"
else
    echo "straddles a 32-byte window: expect tight loops about 1.6x slower on this machine"
fi
