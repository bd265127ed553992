# Operand fusion in the JIT (jit.h): `LOAD_FAST x; LOAD_CONST 1; BINARY_OP +` compiles to one
# stencil that reads x and 1 in place.  Run interpreted, and compiled by make test's -X jit pass:
# the fused fast paths, their guard failures (the interpreter runs the whole group), and the
# borrowed operands (never reused or freed).

def floats(a, b):
    x = a * b          # a new float: the local holds its only reference
    y = x + 1.0        # fused (local, const): x must not take the result in place
    z = x * x          # fused (local, local)
    w = 2.0 - x        # fused (const, local)
    return x, y, z, w

def ints(n):
    out = []
    for i in range(n):
        out.append(i * 3 - 1)      # (local, const) then (stack, const)
        out.append(i % 4 == 0)     # (local, const) then compare (stack, const)
    return out

def mixed(v):
    return v + 1                   # int, float, bigint, str, list: the guards fail or pass

def branch(v, limit):
    if v < limit:                  # fused compare and branch (local, local)
        return "below"
    return "not below"

def subscripts(xs):
    got = []
    for i in range(-2, len(xs) + 1):
        try:
            got.append(xs[i])      # (local, local): negative and out-of-range indexes leave
        except IndexError as e:
            got.append(str(e))
    got.append(xs[0])              # (local, const)
    return got

def unbound(flag):
    if flag:
        x = 10
    return x + 1                   # fused: unset x raises UnboundLocalError, as interpreted

for k in range(20):
    r = floats(1.5, float(k))
print(r)
print(ints(9))
for v in (1, 2.5, 2**70, -7, True):
    print(mixed(v))
try:
    mixed("a")
except TypeError as e:
    print("TypeError:", e)
for args in ((1, 2), (2, 1), (1.5, 2), ("a", "b"), ("b", "a"), (2**80, 2**81)):
    print(args, branch(*args))
try:
    branch(None, 1)
except TypeError as e:
    print("TypeError:", e)
print(subscripts([10, 20, 30]))
print(subscripts((1, 2)))
print(subscripts("xyz"))
print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
mixed(None)                        # uncaught: the traceback points into the fused add
