#!/usr/bin/env bash
# bench/run.sh MINIPY [RUNS] — time each bench/*.py on minipy and on python3 in the same run.
#
# Each program runs RUNS times (default 5) per interpreter, alternating between them so that
# machine noise hits both alike; the table shows the median wall time of each and the ratio
# minipy/python3 (below 1.0 means minipy is faster).  Outputs are compared too: a benchmark
# whose output differs from python3's is marked WRONG, since a fast wrong answer is no answer.
# Other interpreters can be compared with OTHER=pypy3 (default python3).
set -u
minipy=${1:?usage: bench/run.sh MINIPY [RUNS]}
runs=${2:-5}
other=${OTHER:-python3}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

now() { date +%s.%N; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

printf "%-14s %10s %10s %8s\n" "benchmark" "minipy(s)" "$other(s)" "ratio"
for prog in "$here"/*.py; do
  name=$(basename "$prog" .py)
  : >"$tmp/a"; : >"$tmp/b"
  status=""
  for ((i = 0; i < runs; i++)); do
    t0=$(now); "$minipy" "$prog" >"$tmp/out_a" 2>&1; rc=$?; t1=$(now)
    awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}' >>"$tmp/a"
    t0=$(now); "$other" "$prog" >"$tmp/out_b" 2>&1; t1=$(now)
    awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}' >>"$tmp/b"
    if [[ $rc -ne 0 ]] || ! cmp -s "$tmp/out_a" "$tmp/out_b"; then status=" WRONG"; fi
  done
  a=$(median <"$tmp/a"); b=$(median <"$tmp/b")
  printf "%-14s %10.3f %10.3f %8.2f%s\n" "$name" "$a" "$b" "$(awk -v a="$a" -v b="$b" 'BEGIN {print a / b}')" "$status"
done
