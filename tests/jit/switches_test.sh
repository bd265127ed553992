#!/usr/bin/env bash
# tests/jit/switches_test.sh MINIPY — the JIT's switches and sys._jit (CPython 3.14's names):
# -X jit, PYTHON_JIT=1/0, -X jit-threshold=N (and a bad N), is_available / is_enabled /
# is_active (true only while the calling frame runs as machine code).
# Prints "PASS jit-switches" or "FAIL jit-switches ..." and exits 0 or 1.
set -u
minipy=${1:?usage: tests/jit/switches_test.sh MINIPY}
code='import sys
def f():
    return sys._jit.is_active()
print(sys._jit.is_available(), sys._jit.is_enabled(), f())'
bad=0
check() {  # check WANT ENV... -- ARGS...
  local want=$1
  shift
  local got
  got=$(env "$@" -c "$code" 2>&1)
  if [[ $got != "$want" ]]; then
    echo "  $* -> '$got', expected '$want'"
    bad=1
  fi
}
check "True False False" -u PYTHON_JIT "$minipy"
check "True True True" -u PYTHON_JIT "$minipy" -X jit -X jit-threshold=0
check "True True True" PYTHON_JIT=1 "$minipy" -X jit-threshold=0
check "True False False" PYTHON_JIT=0 "$minipy"
check "True True False" -u PYTHON_JIT "$minipy" -X jit -X jit-threshold=1000  # enabled, f not compiled yet
check "True False False" PYTHON_JIT=1 "$minipy" -X jit=0
err=$("$minipy" -X jit-threshold=abc -c "pass" 2>&1); rc=$?
if [[ $rc -ne 1 || $err != *"-X jit-threshold=abc is invalid"* ]]; then
  echo "  -X jit-threshold=abc -> rc $rc, '$err'"
  bad=1
fi
if [[ $bad -eq 0 ]]; then echo "PASS jit-switches"; else echo "FAIL jit-switches"; exit 1; fi
