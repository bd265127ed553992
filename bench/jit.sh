#!/usr/bin/env bash
# bench/jit.sh MINIPY [RUNS] — the JIT against minipy's own interpreter and against python3.
#
# Each program (bench/*.py, then the tests/programs listed in bench/programs.txt, repeated as
# bench/run.sh does) runs RUNS times (default 5) in each of three ways, alternating: minipy,
# minipy -X jit, python3.  The table shows median wall times and two ratios: interp/jit (the
# JIT's speed-up; above 1 is faster) and jit/python3 (below 1: the JIT beats CPython).  A run
# whose output differs from python3's is marked WRONG.
set -u
minipy=${1:?usage: bench/jit.sh MINIPY [RUNS]}
runs=${2:-5}
other=${OTHER:-python3}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
now() { date +%s.%N; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
timed() {  # timed OUTFILE TIMESFILE CMD...: run once, append the wall time
  local out=$1 times=$2
  shift 2
  local t0 t1
  t0=$(now); "$@" >"$out" 2>&1; local rc=$?; t1=$(now)
  awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}' >>"$times"
  return $rc
}
programs=()
for prog in "$here"/*.py; do programs+=("$prog"); done
while read -r pname repeat; do
  [[ -z $pname || $pname == \#* ]] && continue
  for ((k = 0; k < repeat; k++)); do cat "$here/../tests/programs/$pname.py"; echo; done >"$tmp/$pname x$repeat.py"
  programs+=("$tmp/$pname x$repeat.py")
done <"$here/programs.txt"
printf "%-18s %10s %10s %10s %11s %11s\n" "benchmark" "interp(s)" "jit(s)" "$other(s)" "interp/jit" "jit/$other"
for prog in "${programs[@]}"; do
  name=$(basename "$prog" .py)
  : >"$tmp/a"; : >"$tmp/j"; : >"$tmp/b"
  status=""
  for ((i = 0; i < runs; i++)); do
    timed "$tmp/out_a" "$tmp/a" "$minipy" "$prog" || status=" WRONG"
    timed "$tmp/out_j" "$tmp/j" "$minipy" -X jit "$prog" || status=" WRONG"
    timed "$tmp/out_b" "$tmp/b" "$other" "$prog"
    cmp -s "$tmp/out_a" "$tmp/out_b" && cmp -s "$tmp/out_j" "$tmp/out_b" || status=" WRONG"
  done
  a=$(median <"$tmp/a"); j=$(median <"$tmp/j"); b=$(median <"$tmp/b")
  printf "%-18s %10.3f %10.3f %10.3f %11.2f %11.2f%s\n" "$name" "$a" "$j" "$b" \
    "$(awk -v a="$a" -v j="$j" 'BEGIN {print a / j}')" "$(awk -v j="$j" -v b="$b" 'BEGIN {print j / b}')" "$status"
done
