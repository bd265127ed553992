#!/usr/bin/env bash
# tests/update_expected.sh DIR... — regenerate the expected outputs of the script tests in each DIR
# (tests/py, examples) by running CPython, the oracle. Never write expected outputs by hand.
#
# For each NAME.py: NAME.out gets its stdout. NAME.err gets its stderr if that is non-empty or the
# exit status is non-zero; NAME.rc gets a non-zero exit status. Stale .err/.rc files are removed.
#
# Which CPython:
#   - default: CPython 3.14 ($PY314, ../shared/tools/py314 — Pyodide, a 32-bit WebAssembly
#     build). All such scripts of a folder run in one --batch start-up (~3 s instead of ~3 s each).
#   - a script whose first line is "# oracle: native" runs under pyenv's native CPython 3.13
#     (64-bit): for values that differ on a 32-bit build (hash(), sys.maxsize, MemoryError).
#   - a script with a NAME.in file runs alone under py314 with NAME.in as stdin (batch mode has
#     one stdin for all scripts).
#
# Paths in tracebacks: the tests run as `minipy NAME.py` with cwd = the test folder, so the
# expected tracebacks say File "NAME.py". py314 is given the relative name with cwd = the folder
# and shows exactly that name (it compiles the source with the name it was given), so its output
# is used unchanged. Native CPython (3.9+) makes the main script's path absolute, so for native
# scripts "$PWD/" is removed from stderr.
#
# Uses python3 (any version) only to decode py314's JSON lines.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
py314=${PY314:-$here/../../shared/tools/py314}
py314=$(cd "$(dirname "$py314")" && pwd)/$(basename "$py314")
native=$(ls -d "$HOME"/.pyenv/versions/3.13*/bin/python3 2>/dev/null | tail -n 1 || true)

write_result() {  # write_result NAME STDOUT_FILE STDERR_FILE RC
  local name=$1 out=$2 err=$3 rc=$4
  cp "$out" "$name.out"
  if [[ -s $err || $rc -ne 0 ]]; then cp "$err" "$name.err"; else rm -f "$name.err"; fi
  if [[ $rc -ne 0 ]]; then echo "$rc" >"$name.rc"; else rm -f "$name.rc"; fi
}

update_dir() {
  local dir=$1 f name batch=() tmp
  tmp=$(mktemp -d)
  cd "$dir"
  for f in $(ls -1 -- *.py 2>/dev/null | LC_ALL=C sort); do
    name=${f%.py}
    if head -n 1 "$f" | grep -q '^# oracle: native'; then
      [[ -n $native ]] || { echo "update-expected: no ~/.pyenv/versions/3.13*/bin/python3 for $f" >&2; exit 1; }
      echo "native 3.13: $dir/$f"
      rc=0
      "$native" "$f" <"$( [[ -f $name.in ]] && echo "$name.in" || echo /dev/null)" \
        >"$tmp/out" 2>"$tmp/err.abs" || rc=$?
      sed "s|$PWD/||g" "$tmp/err.abs" >"$tmp/err"
      write_result "$name" "$tmp/out" "$tmp/err" "$rc"
    elif [[ -f $name.in ]]; then
      echo "py314 (stdin $name.in): $dir/$f"
      rc=0
      "$py314" "$f" <"$name.in" >"$tmp/out" 2>"$tmp/err" || rc=$?
      write_result "$name" "$tmp/out" "$tmp/err" "$rc"
    else
      batch+=("$f")
    fi
  done
  if [[ ${#batch[@]} -gt 0 ]]; then
    echo "py314 --batch: ${#batch[@]} scripts in $dir"
    "$py314" --batch "${batch[@]}" </dev/null >"$tmp/batch.jsonl" || true
    # Split the JSON lines into NAME.result.{out,err,rc} files in $tmp.
    python3 - "$tmp" <"$tmp/batch.jsonl" <<'EOF'
import json, sys
tmp = sys.argv[1]
for line in sys.stdin:
    if not line.startswith("{"):
        continue
    r = json.loads(line)
    base = f"{tmp}/{r['file']}"
    with open(base + ".stdout", "w", encoding="utf-8", newline="") as f:
        f.write(r["stdout"])
    with open(base + ".stderr", "w", encoding="utf-8", newline="") as f:
        f.write(r["stderr"])
    with open(base + ".status", "w") as f:
        f.write(str(r["rc"]))
EOF
    for f in "${batch[@]}"; do
      name=${f%.py}
      if [[ ! -f $tmp/$f.status ]]; then
        # The batch died on this script (e.g. the WebAssembly stack): rerun it alone.
        echo "py314 (alone, batch had no result): $dir/$f"
        rc=0
        "$py314" "$f" </dev/null >"$tmp/$f.stdout" 2>"$tmp/$f.stderr" || rc=$?
        echo "$rc" >"$tmp/$f.status"
      fi
      write_result "$name" "$tmp/$f.stdout" "$tmp/$f.stderr" "$(<"$tmp/$f.status")"
    done
  fi
  cd - >/dev/null
  rm -rf "$tmp"
}

[[ $# -ge 1 ]] || { echo "usage: tests/update_expected.sh DIR..." >&2; exit 2; }
for d in "$@"; do
  update_dir "$d"
done
