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

# Start-up time (an empty program) is measured the same way and subtracted in the last column:
# python3 may spend 0.3 s loading its site packages on a loaded machine, which would otherwise
# dominate the short programs (tests/programs copies) and flatter minipy.
startup() {  # startup INTERP: median wall time of an empty program
  : >"$tmp/empty.py"
  : >"$tmp/s"
  for ((i = 0; i < runs; i++)); do
    t0=$(now); "$1" "$tmp/empty.py" >/dev/null 2>&1; t1=$(now)
    awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}' >>"$tmp/s"
  done
  median <"$tmp/s"
}
sa=$(startup "$minipy"); sb=$(startup "$other")
printf "start-up: minipy %.3f s, %s %.3f s (subtracted in the last column)\n" "$sa" "$other" "$sb"
printf "%-18s %10s %10s %8s %10s\n" "benchmark" "minipy(s)" "$other(s)" "ratio" "ratio-su"
# The programs: bench/*.py as they are, then each tests/programs/NAME.py listed in
# bench/programs.txt, its source repeated REPEAT times in one file (so that a short program
# measures the program and not start-up).
programs=()
for prog in "$here"/*.py; do programs+=("$prog"); done
while read -r pname repeat; do
  [[ -z $pname || $pname == \#* ]] && continue
  for ((k = 0; k < repeat; k++)); do cat "$here/../tests/programs/$pname.py"; echo; done >"$tmp/$pname x$repeat.py"
  programs+=("$tmp/$pname x$repeat.py")
done <"$here/programs.txt"
for prog in "${programs[@]}"; do
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
  printf "%-18s %10.3f %10.3f %8.2f %10.2f%s\n" "$name" "$a" "$b" "$(awk -v a="$a" -v b="$b" 'BEGIN {print a / b}')" \
    "$(awk -v a="$a" -v b="$b" -v x="$sa" -v y="$sb" 'BEGIN {d = b - y; if (d < 0.001) d = 0.001; print (a - x) / d}')" "$status"
done
