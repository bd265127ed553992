#!/usr/bin/env bash
# bench/threads.sh MINIPY [RUNS] — does threading make CPU-bound Python faster?
#
# Two workloads, each 4 equal jobs spread over 1, 2 and 4 threads of one process:
#   work.py    independent work (a module-level function, a class and a method; no shared data)
#   shared.py  every thread reads one shared dict and one shared list and calls the same
#              functions and methods; each writes only its own result
# under minipy (free threading), minipy -X gil=1, and CPython (python3, which has a GIL).
#
# Machines here are shared, so 2 cores need not give twice the work of one.  The yardstick is
# measured in the same run: P = the same 4 jobs as two separate processes at once, 2 jobs each
# (nothing shared at all).  "2thr/P" is the 2-thread time over P: 1.00 means threads scale
# exactly as well as processes.  cpu/wall is user+system time over wall time in the 2-thread
# run: about 2 when both cores compute, about 1 when a GIL lets only one run at a time.
# Each time is the best of RUNS runs (default 3).  The raw numbers go to bench/threads.dat,
# and when gnuplot is installed bench/threads.gp draws them into docs/threads.svg.
set -u
minipy=${1:?usage: bench/threads.sh MINIPY [RUNS]}
runs=${2:-3}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
dat=$here/threads.dat

# best CMD...: runs CMD RUNS times; prints "wall cpu" of the fastest run.
best() {
  local b="" bc="" out w c
  for ((i = 0; i < runs; i++)); do
    out=$( { /usr/bin/time -f "%e %U %S" "$@" >/dev/null; } 2>&1 ) || { echo "FAILED: $*" >&2; exit 1; }
    out=$(tail -1 <<<"$out")
    w=$(awk '{print $1}' <<<"$out"); c=$(awk '{print $2 + $3}' <<<"$out")
    if [[ -z $b ]] || awk -v a="$w" -v b="$b" 'BEGIN {exit !(a < b)}'; then b=$w; bc=$c; fi
  done
  echo "$b $bc"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}'; }

# One block per (workload, interpreter), in a fixed order, for gnuplot's `index`:
# "threads seconds P" lines, blocks separated by two blank lines.
echo "# bench/threads.sh output: threads, best wall seconds, two-process ceiling P" >"$dat"
for workload in work shared; do
  script=$here/threads/$workload.py
  read -r p _ < <(best bash -c "'$minipy' '$script' 2 1 & '$minipy' '$script' 2 1; wait")
  read -r pc _ < <(best bash -c "python3 '$script' 2 1 & python3 '$script' 2 1; wait")
  echo
  echo "== $workload.py: 4 jobs; P = 2 processes x 2 jobs at once: minipy ${p}s, python3 ${pc}s"
  printf "%-18s %8s %8s %8s %8s %9s %9s\n" "interpreter" "1 thr" "2 thr" "4 thr" "2thr/P" "cpu/wall" "1thr/2thr"
  for row in "minipy|$minipy" "minipy -X gil=1|$minipy -X gil=1" "python3 (GIL)|python3"; do
    label=${row%%|*}; cmd=${row#*|}
    ceiling=$p; [[ $label == python3* ]] && ceiling=$pc
    read -r t1 _ < <(best $cmd "$script" 4 1)
    read -r t2 c2 < <(best $cmd "$script" 4 2)
    read -r t4 _ < <(best $cmd "$script" 4 4)
    printf "%-18s %7.2fs %7.2fs %7.2fs %8s %9s %8sx\n" "$label" "$t1" "$t2" "$t4" \
      "$(ratio "$t2" "$ceiling")" "$(ratio "$c2" "$t2")" "$(ratio "$t1" "$t2")"
    printf '# %s %s\n1 %s %s\n2 %s %s\n4 %s %s\n\n\n' "$workload.py" "$label" \
      "$t1" "$ceiling" "$t2" "$ceiling" "$t4" "$ceiling" >>"$dat"
  done
done
echo
echo "(python3's 2thr/P uses python3's own two-process time.)"
if command -v gnuplot >/dev/null; then
  gnuplot -e "datafile='$dat'; outfile='$here/../docs/threads.svg'" "$here/threads.gp" &&
    echo "plot: docs/threads.svg (from bench/threads.dat by bench/threads.gp)"
else
  echo "no gnuplot: apt-get install -y gnuplot-nox, then rerun to draw docs/threads.svg"
fi
