#!/usr/bin/env bash
# bench/threads.sh MINIPY [RUNS] — does threading make CPU-bound Python faster?
#
# 4 equal jobs (bench/threads/work.py) run on 1, 2 and 4 threads under: minipy (free threading),
# minipy -X gil=1, and CPython with its GIL (python3).  The last line is the ceiling on this
# machine: the same 4 jobs as two separate minipy processes at once (no sharing at all).
# Each cell is the best of RUNS wall times (default 3) and, in brackets, the speed-up over the
# same interpreter on 1 thread.  On 2 cores the ideal speed-up is 2.
set -u
minipy=${1:?usage: bench/threads.sh MINIPY [RUNS]}
runs=${2:-3}
work=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/threads/work.py

best() {  # best wall time of RUNS runs of the command "$@"
  local b="" t0 t1 t
  for ((i = 0; i < runs; i++)); do
    t0=$(date +%s.%N); "$@" >/dev/null || { echo "FAILED: $*" >&2; exit 1; }; t1=$(date +%s.%N)
    t=$(awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}')
    b=$(awk -v a="$b" -v t="$t" 'BEGIN {print (a == "" || t < a) ? t : a}')
  done
  echo "$b"
}

printf "%-22s %16s %16s %16s\n" "interpreter" "1 thread" "2 threads" "4 threads"
row() {
  local label=$1; shift
  local t1 t2 t4
  t1=$(best "$@" "$work" 4 1); t2=$(best "$@" "$work" 4 2); t4=$(best "$@" "$work" 4 4)
  printf "%-22s %8.2fs        %8.2fs (%.2fx) %8.2fs (%.2fx)\n" "$label" "$t1" "$t2" \
    "$(awk -v a="$t1" -v b="$t2" 'BEGIN {print a / b}')" "$t4" "$(awk -v a="$t1" -v b="$t4" 'BEGIN {print a / b}')"
}
row "minipy" "$minipy"
row "minipy -X gil=1" "$minipy" -X gil=1
row "python3 (GIL)" python3
two_procs() { "$minipy" "$work" 2 1 & "$minipy" "$work" 2 1; wait; }
t=$(best two_procs)
printf "%-22s %8.2fs  (2 processes x 2 jobs, the no-sharing ceiling)\n" "minipy, 2 processes" "$t"
