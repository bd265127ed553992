#!/usr/bin/env bash
# tests/jit/differential.sh MINIPY [COUNT] — differential test of the JIT against the interpreter.
#
# Generates COUNT (default 40) random but deterministic programs with tests/jit/gen_programs.py
# (seed 1234, run by MINIPY itself), then runs each one three ways:
#   MINIPY prog.py                                 the interpreter: the reference
#   MINIPY -X jit -X jit-threshold=0 prog.py       every code object compiled before its first run
#   MINIPY -X jit -X jit-threshold=3 prog.py       compiled partway: loops entered at their back-edge
# and compares stdout, stderr and the exit status of each JIT run with the interpreter's.
# Prints "PASS jit-diff NAME" or "FAIL jit-diff NAME" (with a short diff) per program, then exactly
# one line "jit-diff: N passed, M failed"; the exit status is 1 if any failed.
# Works from any cwd; the temporary directory is removed on exit.
#   JIT_DIFF_TIMEOUT=s   seconds per run (default 20)
#   JIT_DIFF_SEED=n      generator seed (default 1234)
#   JIT_DIFF_KEEP=1      keep the temporary directory (its path is printed)
set -u

if [[ $# -lt 1 || $# -gt 2 ]]; then
  echo "usage: tests/jit/differential.sh MINIPY [COUNT]" >&2
  exit 2
fi
minipy=$1
count=${2:-40}
if [[ $minipy == */* ]]; then
  minipy=$(cd "$(dirname "$minipy")" && pwd)/$(basename "$minipy")
fi
if [[ ! -x $minipy ]]; then
  echo "differential.sh: $minipy is not an executable" >&2
  exit 2
fi
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
seed=${JIT_DIFF_SEED:-1234}
timeout_s=${JIT_DIFF_TIMEOUT:-20}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/jit-diff.XXXXXX") || exit 2
if [[ ${JIT_DIFF_KEEP:-0} == 1 ]]; then
  echo "jit-diff: keeping $tmp"
else
  trap 'rm -rf "$tmp"' EXIT
fi
trap 'exit 130' INT TERM

passed=0
failed=0

if ! (cd "$root" && timeout "$timeout_s" "$minipy" tests/jit/gen_programs.py "$seed" "$count" "$tmp") \
    >"$tmp/gen.out" 2>&1; then
  echo "FAIL jit-diff gen_programs.py (the generator itself failed)"
  sed -n '1,20p' "$tmp/gen.out"
  echo "jit-diff: 0 passed, 1 failed"
  exit 1
fi

# run LABEL PROG FLAGS... — stdout, stderr and status into $tmp/LABEL.{out,err,rc}
run() {
  local label=$1 prog=$2
  shift 2
  (cd "$tmp" && timeout "$timeout_s" "$minipy" "$@" "$prog" >"$tmp/$label.out" 2>"$tmp/$label.err" </dev/null)
  echo $? >"$tmp/$label.rc"
}

shopt -s nullglob
progs=("$tmp"/prog_*.py)
if [[ ${#progs[@]} -ne $count ]]; then
  echo "FAIL jit-diff gen_programs.py (wrote ${#progs[@]} programs, expected $count)"
  failed=$((failed + 1))
fi

for prog in "${progs[@]}"; do
  name=$(basename "$prog" .py)
  run ref "$prog"
  report=""
  for mode in "0" "3"; do
    run jit "$prog" -X jit -X jit-threshold=$mode
    for part in out err rc; do
      if ! cmp -s "$tmp/ref.$part" "$tmp/jit.$part"; then
        report+="  -X jit -X jit-threshold=$mode: $part differs (interpreter <, JIT >)"$'\n'
        report+=$(diff "$tmp/ref.$part" "$tmp/jit.$part" | sed -n '1,12p' | cut -c1-300 | sed 's/^/    /')$'\n'
      fi
    done
  done
  ref_rc=$(cat "$tmp/ref.rc")
  if [[ $ref_rc != 0 ]]; then  # the programs are meant to run cleanly: a failing one tests nothing
    report+="  the interpreter run itself exited with status $ref_rc"$'\n'
    report+=$(sed -n '1,8p' "$tmp/ref.err" | sed 's/^/    /')$'\n'
  fi
  if [[ -z $report ]]; then
    echo "PASS jit-diff $name"
    passed=$((passed + 1))
  else
    echo "FAIL jit-diff $name"
    printf '%s' "$report"
    failed=$((failed + 1))
    if [[ ${JIT_DIFF_KEEP:-0} == 1 ]]; then
      mkdir -p "$tmp/failed"
      cp "$prog" "$tmp/failed/"
    fi
  fi
done

echo "jit-diff: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
