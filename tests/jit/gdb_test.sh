#!/usr/bin/env bash
# tests/jit/gdb_test.sh MINIPY — the GDB JIT interface: inside compiled code, gdb's `bt` names
# the Python functions (py:NAME frames) and `info symbol` resolves an address in compiled code.
#
# A breakpoint in a C++ builtin (abs) called from compiled code; the backtrace must then pass
# through py:inner, py:outer and py:<module>, in that order, and unwind through them all the way
# to main's thread start.  Prints "PASS jit-gdb" or "FAIL jit-gdb ..." and exits 0 or 1; without
# gdb installed it says so and fails (CI installs it).
set -u
minipy=${1:?usage: tests/jit/gdb_test.sh MINIPY}
if ! command -v gdb >/dev/null 2>&1; then
  echo "FAIL jit-gdb: gdb is not installed (apt-get install -y gdb)"
  exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/prog.py" <<'PY'
def inner(x):
    return abs(x)

def outer(n):
    t = 0
    for i in range(n):
        t += inner(-i)
    return t

print(outer(5))
PY
# gdb's Python walks the frames and asks `info symbol` about the pc of the first compiled one.
cat >"$tmp/cmds.py" <<'PY'
import gdb
f = gdb.newest_frame()
while f is not None and f.name() != "py:inner":
    f = f.older()
print("found:", f is not None and f.name())
if f is not None:
    print("symbol:", gdb.execute("info symbol %d" % f.pc(), to_string=True).strip())
PY
timeout 120 gdb -batch -nx -ex "set debuginfod enabled off" -ex "break builtin_abs" -ex run -ex bt \
  -ex "source $tmp/cmds.py" -ex kill \
  --args "$minipy" -X jit -X jit-threshold=0 "$tmp/prog.py" >"$tmp/out" 2>&1
ok=1
order=$(grep -oE 'in py:[a-z<>]+ \(\)' "$tmp/out" | tr '\n' ' ')
[[ $order == "in py:inner () in py:outer () in py:<module> () " ]] || { ok=0; echo "  bt frames: $order"; }
grep -q 'start_thread\|clone' "$tmp/out" || { ok=0; echo "  the backtrace did not unwind to the thread start"; }
grep -q '^symbol: py:inner + [0-9]* in section .text' "$tmp/out" || { ok=0; grep '^symbol\|^found' "$tmp/out" | sed 's/^/  /'; }
if [[ $ok -eq 1 ]]; then
  echo "PASS jit-gdb"
else
  echo "FAIL jit-gdb"
  sed 's/^/  gdb: /' "$tmp/out" | head -40
  exit 1
fi
