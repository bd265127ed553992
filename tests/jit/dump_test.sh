#!/usr/bin/env bash
# tests/jit/dump_test.sh MINIPY — -X jit-dump on real programs: examples/jit_tour.py and every
# bench/*.py program (bench programs shortened), everything compiled at once (-X jit-threshold=0).
# For each run it checks:
#   - the exit status and the program's own output are the interpreter's (the dump only adds lines);
#   - each "JIT: NAME (...): N instructions -> B bytes" block lists exactly N instruction rows,
#     whose byte counts and the header's add up to B - 1 (the final int3);
#   - the machine-code file it names holds B bytes;
#   - fused operands are shown ("(fused into a later instruction)"), with their holes' values.
# Prints "PASS jit-dump" or "FAIL jit-dump ..." and exits 0 or 1.  Works from any cwd.
set -u
minipy=${1:?usage: tests/jit/dump_test.sh MINIPY}
minipy=$(cd "$(dirname "$minipy")" && pwd)/$(basename "$minipy")
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bad=0
programs=("$root/examples/jit_tour.py")
for p in "$root"/bench/*.py; do
  # Small sizes: the first big number literal in a call at the end becomes 3 (fib(30) -> fib(3)...).
  sed -E 's/\b(range\(|fib\()[0-9]{2,}\)/\13)/g; s/\(([0-9]{3,})\)$/(7)/' "$p" >"$tmp/$(basename "$p")"
  programs+=("$tmp/$(basename "$p")")
done
fused_seen=0
for prog in "${programs[@]}"; do
  name=$(basename "$prog")
  want_rc=0
  (cd "$tmp" && "$minipy" "$prog" >"$tmp/want.out" 2>"$tmp/want.err") || want_rc=$?
  rc=0
  (cd "$tmp" && "$minipy" -X jit-dump -X jit-threshold=0 "$prog" >"$tmp/dump.out" 2>"$tmp/dump.err") || rc=$?
  if [[ $rc -ne $want_rc ]]; then
    echo "  $name: exit status $rc, interpreted $want_rc"; head -5 "$tmp/dump.err" | sed 's/^/    /'; bad=1; continue
  fi
  # The program's output: the dump's lines without the dump's own ones (JIT blocks, objdump).
  if ! python3 - "$tmp/dump.out" "$tmp/want.out" <<'PY'
import re, sys, os
dump = open(sys.argv[1]).read().split("\n")
want = open(sys.argv[2]).read().split("\n")
rest, ok, i = [], True, 0
while i < len(dump):
    line = dump[i]
    m = re.match(r"JIT: (.*) \(.*\): (\d+) instructions -> (\d+) bytes of \S+ at (0x[0-9a-f]+)$", line)
    if not m:
        rest.append(line); i += 1; continue
    n, size = int(m.group(2)), int(m.group(3))
    i += 2                                   # the column titles
    header = re.match(r"\s+header\s+0\s+(\d+)", dump[i]); i += 1
    total, rows = int(header.group(1)), 0
    while i < len(dump) and not dump[i].startswith("  machine code: "):
        row = re.match(r"  (\d+)\s+.*?\s(\d+)\s+(\d+)(   \(tail jump left out\))?$", dump[i])
        if row:
            rows += 1; total += int(row.group(3))
        i += 1
    path = dump[i].split(": ", 1)[1]; i += 1
    cmd = dump[i]; i += 1
    while i < len(dump) and not dump[i].startswith("JIT: ") and (dump[i].startswith(" ") or dump[i] == "" or "objdump" in dump[i]):
        if dump[i] == "" and i + 1 < len(dump) and not dump[i + 1].startswith(" "):
            break
        i += 1
    if rows != n or total + 1 != size or os.path.getsize(path) != size:
        print(f"  {m.group(1)}: {rows} rows for {n} instructions, {total + 1} bytes listed for {size}, file {os.path.getsize(path)}")
        ok = False
    os.unlink(path)
if [l for l in rest if l] != [l for l in want if l]:
    print("  the program's output differs from the interpreted run"); ok = False
sys.exit(0 if ok else 1)
PY
  then
    echo "  $name: dump inconsistent"; bad=1
  fi
  grep -q "(fused into a later instruction)" "$tmp/dump.out" && fused_seen=1
  blocks=$((${blocks:-0} + $(grep -c '^JIT: ' "$tmp/dump.out")))
done
if [[ $fused_seen -eq 0 ]]; then echo "  no fused operand was shown"; bad=1; fi
if [[ $bad -eq 0 ]]; then echo "PASS jit-dump (${#programs[@]} programs, ${blocks:-0} compiled functions)"; else echo "FAIL jit-dump"; exit 1; fi
