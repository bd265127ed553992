#!/usr/bin/env bash
# bench/compile_speed.sh MINIPY — how cheap the JIT's compile step is (docs/09-jit.md).
#
# Each bench program (bench/*.py and the tests/programs listed in bench/programs.txt, once
# each) runs with `-X jit -X jit-threshold=0 -X stats`, so every function it calls is compiled
# before its first run; the stats give the bytecode instructions compiled, the machine code
# emitted and the time the copy-and-patch loop took.  For comparison, the same source is parsed
# and compiled to bytecode by minipy's compile() (the median of 20, in one process), which is
# the work every run pays before the first instruction executes.
#
# Columns: instrs, bytes, jit ms (all compiles), us/instr, B/instr, MB/s of machine code,
# parse+compile ms, and jit/bytecode: the JIT's time over the bytecode compiler's for the file.
# The totals line sums the columns over all programs.
set -u
minipy=${1:?usage: bench/compile_speed.sh MINIPY}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cat >"$tmp/bytecode_time.py" <<'EOF'
import sys, time
src = open(sys.argv[1]).read()
times = []
for i in range(20):
    t0 = time.perf_counter()
    compile(src, sys.argv[1], "exec")
    times.append(time.perf_counter() - t0)
times.sort()
print(times[10] * 1000)
EOF

programs=()
for prog in "$here"/*.py; do programs+=("$prog"); done
while read -r pname _; do
  [[ -z $pname || $pname == \#* ]] && continue
  programs+=("$here/../tests/programs/$pname.py")
done <"$here/programs.txt"

printf "%-15s %7s %8s %8s %9s %8s %7s %10s %12s\n" program instrs bytes "jit ms" "us/instr" "B/instr" "MB/s" "bytecode ms" "jit/bytecode"
: >"$tmp/rows"
for prog in "${programs[@]}"; do
  name=$(basename "$prog" .py)
  "$minipy" -X jit -X jit-threshold=0 -X stats "$prog" >/dev/null 2>"$tmp/stats" || { echo "$name: run failed"; continue; }
  instrs=$(awk '/instructions compiled:/ {print $3}' "$tmp/stats")
  bytes=$(awk '/machine code:/ {print $3}' "$tmp/stats")
  ms=$(awk '/compile time:/ {print $3}' "$tmp/stats")
  bc=$("$minipy" "$tmp/bytecode_time.py" "$prog")
  echo "$name $instrs $bytes $ms $bc" >>"$tmp/rows"
done
awk '
  function row(n, i, b, ms, bc) {
    printf "%-15s %7d %8d %8.3f %9.3f %8.1f %7.0f %10.3f %12.2f\n", n, i, b, ms, ms * 1000 / i, b / i,
           b / (ms / 1000) / 1e6, bc, ms / bc
  }
  { row($1, $2, $3, $4, $5); I += $2; B += $3; M += $4; C += $5 }
  END { row("total", I, B, M, C) }' "$tmp/rows"
