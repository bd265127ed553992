#!/usr/bin/env bash
# tests/run_tests.sh MINIPY [FLAGS...] — run the unit tests and the script tests, print a summary.
#
#   UNIT_TESTS=path   GoogleTest binary to run first (unset or empty: no unit tests). Each gtest
#                     test case counts as one test. A missing binary, or one that crashes, counts
#                     as failures — never silently as zero tests.
#   TEST_TIMEOUT=s    seconds per script (default 30; the sanitizer targets raise it).
#
# Script tests are tests/py/*.py, tests/programs/*.py and examples/*.py, in sorted order. Each runs as
# `MINIPY FLAGS NAME.py` with cwd = its folder and stdin from NAME.in (or /dev/null). stdout must
# equal NAME.out; stderr must equal NAME.err if that file exists; the exit status must equal
# NAME.rc if that file exists, else 0 (stderr is compared with hex addresses masked). The last line of output is exactly "N passed, M failed";
# the exit status is non-zero if M > 0.
#
# Then the whole script suite runs again with -X jit -X jit-threshold=0 (JIT_PASS=0: not), and
# the thread tests (tests/py/threads_*, threading_*, futures_*, queue_threads) a third time with -X gil=1.
#
# tests/xfail.txt lists known failures, one "tests/py/NAME.py  # why" per line.  Such a test is
# still run; if it fails it is reported as XFAIL and counted apart (the line before the summary
# says how many), so the list is visible debt, never hidden.  If it passes it is reported as
# XPASS and counted as a failure until its line is removed: the list cannot go stale.
#
# Leak checking: when ASAN_OPTIONS contains detect_leaks=1 (make asan sets it), a script that
# LeakSanitizer finds leaking fails ("FAIL NAME: LeakSanitizer found leaks").  minipy has no cycle
# collector yet, so a program that makes a true reference cycle (a method using super(), a list
# holding itself...) leaks it at exit.  tests/lsan_cyclic.txt lists those tests, one
# "tests/py/NAME.py  # the cycle" per line: each runs with detect_leaks=0 added, and once more
# with leaks on to check that it still leaks; one that no longer leaks is reported as LSAN-XPASS
# and counted as a failure until its line is removed.  Every other test must free everything.
set -u

if [[ $# -lt 1 ]]; then
  echo "usage: tests/run_tests.sh MINIPY [FLAGS...]" >&2
  exit 2
fi
minipy=$1
shift
flags=("$@")
# Make the interpreter path absolute: each script runs in its own folder.
if [[ $minipy == */* ]]; then
  minipy=$(cd "$(dirname "$minipy")" && pwd)/$(basename "$minipy")
fi
timeout_s=${TEST_TIMEOUT:-30}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

passed=0
failed=0
xfailed=0
load_list() {  # load_list FILE ARRAY — ARRAY[label]=1 for each "label  # why" line of FILE
  local -n into=$2
  local entry
  [[ -f $1 ]] || return 0
  while read -r entry _; do
    [[ -z $entry || $entry == \#* ]] && continue
    into[$entry]=1
  done <"$1"
}
declare -A xfail=() cyclic=()
load_list "$root/tests/xfail.txt" xfail
leak_check=0
if [[ :${ASAN_OPTIONS:-}: == *:detect_leaks=1:* ]]; then
  leak_check=1
  load_list "$root/tests/lsan_cyclic.txt" cyclic
fi
extra_asan=""  # appended to ASAN_OPTIONS for the script being run
failed_names=()
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fail() {  # fail NAME — record one failure
  failed=$((failed + 1))
  failed_names+=("$1")
}

# --- unit tests -----------------------------------------------------------------------------------
run_unit_tests() {
  local bin=$1 log=$tmp/unit.log rc started ok skipped
  if [[ ! -x $bin ]]; then
    echo "FAIL unit tests: $bin is missing (did the unit test build fail?)"
    fail "unit tests (missing binary)"
    return
  fi
  timeout 600 "$bin" --gtest_color=no >"$log" 2>&1
  rc=$?
  started=$(grep -c '^\[ RUN      \]' "$log")
  ok=$(grep -c '^\[       OK \]' "$log")
  skipped=$(grep -c '^\[  SKIPPED \]' "$log")
  # Every test that started but did not end OK or SKIPPED failed (or was running at a crash).
  passed=$((passed + ok + skipped))
  local bad=$((started - ok - skipped))
  failed=$((failed + bad))
  grep '^\[  FAILED  \].*(' "$log" | sed 's/^/FAIL unit /'
  if [[ $rc -ne 0 && $bad -eq 0 ]]; then
    # Crashed outside any test (start-up, teardown, a sanitizer report at exit...).
    echo "FAIL unit tests: $bin exited with status $rc"
    tail -n 20 "$log"
    fail "unit tests (exit status $rc)"
  elif [[ $bad -gt 0 ]]; then
    grep -v '^\[' "$log" | head -n 40
    failed_names+=("unit tests ($bad)")
  fi
  echo "unit tests: $((ok + skipped)) passed, $bad failed"
}

if [[ -n ${UNIT_TESTS:-} ]]; then
  run_unit_tests "$UNIT_TESTS"
fi

# --- script tests ---------------------------------------------------------------------------------
show_diff() {  # show_diff WHAT EXPECTED_FILE ACTUAL_FILE
  echo "  --- $1: expected vs actual"
  diff -u --label expected --label actual "$2" "$3" | head -n 20 | sed 's/^/  /'
}

# A test listed in tests/lsan_cyclic.txt must still leak, or its line is stale.
check_still_leaks() {  # check_still_leaks DIR NAME LABEL
  local dir=$1 name=$2 label=$3 input=/dev/null
  [[ -f $dir/$name.in ]] && input=$dir/$name.in
  (cd "$dir" && timeout "$timeout_s" "$minipy" ${flags[@]+"${flags[@]}"} "$name.py" \
      <"$input" >/dev/null 2>"$tmp/leaks")
  if ! grep -q 'LeakSanitizer: detected memory leaks' "$tmp/leaks"; then
    echo "LSAN-XPASS $label: it no longer leaks; remove it from tests/lsan_cyclic.txt"
    fail "$label (lsan-xpass)"
  fi
}

label_suffix=""  # " [-X jit]" during the JIT pass
run_script() {  # run_script DIR NAME
  local dir=$1 name=$2 label=${1#"$root"/}/$2.py
  local shown=$label$label_suffix
  extra_asan=""
  if [[ -n ${cyclic[$label]:-} ]]; then
    [[ -z $label_suffix ]] && check_still_leaks "$dir" "$name" "$label"
    extra_asan=:detect_leaks=0
  fi
  if [[ -n ${xfail[$label]:-} ]]; then
    local before=$failed
    run_one "$dir" "$name" "$shown" >"$tmp/xfail.log"
    if [[ $failed -gt $before ]]; then
      failed=$before
      unset 'failed_names[${#failed_names[@]}-1]'
      xfailed=$((xfailed + 1))
      echo "XFAIL $shown (listed in tests/xfail.txt)"
    else
      passed=$((passed - 1))
      echo "XPASS $shown: it passes now; remove it from tests/xfail.txt"
      fail "$shown (xpass)"
    fi
    return
  fi
  run_one "$dir" "$name" "$shown"
}

# Object addresses differ from run to run ("Exception ignored while closing generator
# <generator object g at 0x7f..>:"), so stderr is compared with every 0x... hex number masked.
mask_addresses() { sed -E 's/0x[0-9a-f]+/0x?/g'; }

run_one() {  # run_one DIR NAME LABEL
  local dir=$1 name=$2 label=$3
  local out=$tmp/out err=$tmp/err input=/dev/null rc want_rc=0 ok=1
  [[ -f $dir/$name.in ]] && input=$dir/$name.in
  (cd "$dir" && ASAN_OPTIONS=${ASAN_OPTIONS:-}$extra_asan \
      timeout "$timeout_s" "$minipy" ${flags[@]+"${flags[@]}"} "$name.py" <"$input" >"$out" 2>"$err")
  rc=$?
  if [[ $leak_check -eq 1 ]] && grep -q 'LeakSanitizer: detected memory leaks' "$err"; then
    echo "FAIL $label: LeakSanitizer found leaks (a true reference cycle? see tests/lsan_cyclic.txt)"
    grep -m1 -A6 ' leak of ' "$err" | sed 's/^/  /'
    grep -m1 '^SUMMARY' "$err" | sed 's/^/  /'
    fail "$label"
    return
  fi
  [[ -f $dir/$name.rc ]] && want_rc=$(<"$dir/$name.rc")
  if [[ ! -f $dir/$name.out ]]; then
    echo "FAIL $label: no expected output $name.out (run make update-expected)"
    fail "$label"
    return
  fi
  if [[ $rc -eq 124 ]]; then
    echo "FAIL $label: timed out after ${timeout_s}s"
    fail "$label"
    return
  fi
  if ! cmp -s "$dir/$name.out" "$out"; then
    [[ $ok -eq 1 ]] && echo "FAIL $label"
    ok=0
    show_diff stdout "$dir/$name.out" "$out"
  fi
  if [[ -f $dir/$name.err ]]; then
    mask_addresses <"$dir/$name.err" >"$tmp/err.want"
    mask_addresses <"$err" >"$tmp/err.got"
    if ! cmp -s "$tmp/err.want" "$tmp/err.got"; then
      [[ $ok -eq 1 ]] && echo "FAIL $label"
      ok=0
      show_diff stderr "$tmp/err.want" "$tmp/err.got"
    fi
  fi
  if [[ $rc -ne $want_rc ]]; then
    [[ $ok -eq 1 ]] && echo "FAIL $label"
    ok=0
    echo "  exit status $rc, expected $want_rc"
    if [[ ! -f $dir/$name.err && -s $err ]]; then
      head -n 10 "$err" | sed 's/^/  stderr: /'
    fi
  fi
  if [[ $ok -eq 1 ]]; then
    passed=$((passed + 1))
  else
    fail "$label"
  fi
}

run_script_suite() {
  for dir in "$root/tests/py" "$root/tests/programs" "$root/examples"; do
    [[ -d $dir ]] || continue
    while IFS= read -r file; do
      name=$(basename "$file" .py)
      run_script "$dir" "$name"
    done < <(find "$dir" -maxdepth 1 -name '*.py' | LC_ALL=C sort)
  done
}
run_script_suite

# The whole script suite once more with the JIT compiling every code object before its first
# run (threshold 0): compiled code must print exactly what the interpreter prints.  Each run
# counts as a test of its own, labelled "[-X jit]".  JIT_PASS=0 skips it.
if [[ ${JIT_PASS:-1} == 1 ]]; then
  saved_flags=(${flags[@]+"${flags[@]}"})
  flags=(${flags[@]+"${flags[@]}"} -X jit -X jit-threshold=0)
  label_suffix=" [-X jit]"
  run_script_suite
  label_suffix=""
  flags=(${saved_flags[@]+"${saved_flags[@]}"})
fi

# The JIT's own checks, tests/jit/*.sh MINIPY (the gdb and perf-map tests, the differential
# test of generated programs): each counts as one test.  JIT_TOOL_TESTS=0 skips them (the
# sanitizer builds do: they already run the whole suite under the JIT).
if [[ ${JIT_TOOL_TESTS:-1} == 1 ]]; then
  for t in "$root"/tests/jit/*.sh; do
    [[ -f $t ]] || continue
    label=tests/jit/$(basename "$t")
    if "$t" "$minipy" >"$tmp/jit.log" 2>&1; then
      passed=$((passed + 1))
      echo "PASS $label: $(tail -n 1 "$tmp/jit.log")"
    else
      echo "FAIL $label"
      grep -v '^PASS' "$tmp/jit.log" | head -n 30 | sed 's/^/  /'
      fail "$label"
    fi
  done
fi

# The thread tests once more with -X gil=1: the GIL mode must give the same answers (each run
# counts as a test of its own, labelled "[-X gil=1]").
saved_flags=(${flags[@]+"${flags[@]}"})
flags=(${flags[@]+"${flags[@]}"} -X gil=1)
while IFS= read -r file; do
  name=$(basename "$file" .py)
  label="tests/py/$name.py"
  extra_asan=""
  [[ -n ${cyclic[$label]:-} ]] && extra_asan=:detect_leaks=0
  [[ -n ${xfail[$label]:-} ]] && continue
  run_one "$root/tests/py" "$name" "$label [-X gil=1]"
done < <(find "$root/tests/py" -maxdepth 1 \( -name 'threads_*.py' -o -name 'threading_*.py' -o -name 'futures_*.py' -o -name 'queue_threads.py' \) | LC_ALL=C sort)
flags=(${saved_flags[@]+"${saved_flags[@]}"})

if [[ $failed -gt 0 ]]; then
  echo "failed: ${failed_names[*]}"
fi
if [[ $xfailed -gt 0 ]]; then
  echo "$xfailed known failures not counted (tests/xfail.txt)"
fi
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
