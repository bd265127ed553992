#!/usr/bin/env bash
# tests/jit/perf_map_test.sh MINIPY — -X perf: every compiled function gets a line
# "START SIZE py:NAME" in /tmp/perf-PID.map (perf's convention for JIT code), the ranges lie
# apart, and the program's own functions are there.  When `perf record` works on this machine,
# also checks that `perf report` names samples in compiled code py:NAME.
# Prints "PASS jit-perf-map" or "FAIL jit-perf-map ..." and exits 0 or 1.
set -u
minipy=${1:?usage: tests/jit/perf_map_test.sh MINIPY}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/prog.py" <<'PY'
import os
def inner(x):
    return x * 2 + 1

def outer(n):
    t = 0
    for i in range(n):
        t += inner(i) % 7
    return t

print(outer(int(os.environ.get("N", "10"))))
print(os.getpid())
PY
fail() { echo "FAIL jit-perf-map: $*"; exit 1; }
"$minipy" -X jit -X jit-threshold=0 -X perf "$tmp/prog.py" >"$tmp/out" || fail "the program failed"
pid=$(tail -n 1 "$tmp/out")
map=/tmp/perf-$pid.map
[[ -f $map ]] || fail "no $map"
cp "$map" "$tmp/map"
rm -f "$map"
prev_end=0
while read -r start size name rest; do
  [[ $start =~ ^[0-9a-f]+$ && $size =~ ^[0-9a-f]+$ && $name == py:* && -z $rest ]] || fail "bad line: $start $size $name $rest"
  (( 16#$size > 0 )) || fail "empty range for $name"
  (( 16#$start >= prev_end )) || fail "overlapping ranges at $name"
  prev_end=$(( 16#$start + 16#$size ))
done <"$tmp/map"
for name in 'py:inner' 'py:outer' 'py:<module>'; do
  grep -q " $name\$" "$tmp/map" || fail "no line for $name"
done
# Optional: perf itself (needs perf installed and permission to record).
if command -v perf >/dev/null 2>&1 &&
   N=3000000 perf record -q -o "$tmp/perf.data" "$minipy" -X jit -X perf "$tmp/prog.py" >"$tmp/out2" 2>/dev/null; then
  perf report -i "$tmp/perf.data" --stdio --sort sym 2>/dev/null >"$tmp/report"
  rm -f "/tmp/perf-$(tail -n 1 "$tmp/out2").map"
  grep -q 'py:outer\|py:inner' "$tmp/report" || fail "perf report did not name compiled code"
  echo "PASS jit-perf-map (and perf report names py:outer / py:inner)"
else
  echo "PASS jit-perf-map (perf record not available here: the map file alone was checked)"
fi
