# tests/jit/gen_programs.py SEED COUNT OUTDIR — write COUNT random but deterministic Python
# programs, OUTDIR/prog_000.py ..., for the interpreter-vs-JIT differential test
# (tests/jit/differential.sh).
#
# Run by minipy itself, so it uses only what minipy supports: random.seed/randint/choice,
# sys.argv, open(path, 'w'), f-strings, lists, dicts.  The same SEED always gives the same
# programs (minipy's random is CPython's Mersenne Twister, so CPython gives the same ones too).
#
# Each program is a handful of "sections", each a function (or a few) exercising what the JIT
# has fast paths and type guards for: for over range (varied start/stop/step, negative steps,
# empty ranges, ranges at the edges of 64 bits), while loops, if/elif/else on comparisons
# (chained too), int arithmetic overflowing 64 bits into bigints, // and % with negative
# operands and divisors, float edge cases (0.0, -0.0, inf, nan, overflow, division by zero),
# mixed int/float/bool operands, list indexing and item assignment (negative and out of range),
# exceptions raised and caught inside loops, try/finally with break/continue, values that change
# type in the middle of a loop (a guard failing after the code was compiled), generators,
# recursion, globals rebound in a loop, calls of several shapes, and small-int identity.
# Each section is called a few times (rep = 0, 1, ...) so that with -X jit-threshold=3 it is
# compiled partway, some of its loops entered at their back-edge.
#
# A generated program depends on nothing but its text: no time, no ids, no hashes of str, no
# set ordering; it prints every result (repr, so floats show all their digits) and a checksum of
# everything it printed, and runs in well under 0.2 s on minipy.  Its output is the same under
# CPython (3.11 or later).
import random
import sys

P61 = 2305843009213693951  # 2**61 - 1


def ri(a, b):
    return random.randint(a, b)


def pick(xs):
    return random.choice(xs)


def chance(p):
    return random.random() < p


def lit(v):
    # an int literal that is safe inside any expression
    if v < 0:
        return "(" + repr(v) + ")"
    return repr(v)


def nonzero(lo, hi):
    v = 0
    while v == 0:
        v = ri(lo, hi)
    return v


EDGE_INTS = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -13, 255, 256, 257, -5, -6, 1000003, -999983,
             2**31 - 1, -2**31, 2**32 + 1, 2**53 + 1, -(2**53) - 1, 2**62, -(2**62), 2**63 - 1,
             -(2**63), 2**63, -(2**63) - 1, 2**64 + 5, 3**45, -(7**30), 4611686018427387903,
             3037000499, 3037000500, -3037000500]
FLOAT_LITS = ["0.0", "-0.0", "INF", "NINF", "NAN", "1e308", "-1e308", "5e-324", "1.5", "-2.5",
              "0.1", "3.0", "-7.25", "1e16", "2.5e-310", "1.7976931348623157e308", "0.5", "-1.0",
              "9007199254740993.0", "1e-300"]
MIXED_LITS = ["True", "False", "0", "1", "-1", "3", "-7", "2.5", "-0.0", "0.0", "INF", "NAN",
              "2**63", "-(2**63)", "2**63 - 1", "2**70", "1e300", "-3.5", "255", "256", "4.0"]


def rand_int_lit():
    if chance(0.4):
        return lit(pick(EDGE_INTS))
    return lit(ri(-50, 50))


class Section:
    def __init__(self, name):
        self.name = name
        self.lines = []
        self.reps = ri(1, 4)

    def add(self, depth, text):
        self.lines.append("    " * depth + text)


# ───────────── expressions and statements over ints ─────────────

def int_update(var, it):
    # one statement updating int variable `var` from loop value `it`; valid for any ints
    k = ri(-9, 9)
    sh = pick([0, 1, 3, 7, 31, 32, 62, 63, 64, 65, 70])
    d = nonzero(-11, 11)
    m = pick([3, 31, 1000003, 2**31 - 1, 2**32 + 15, 6700417, -97, -(2**40) - 3])
    forms = [
        f"{var} = {var} + {it} * {lit(k)}",
        f"{var} = {var} - ({it} << {sh})",
        f"{var} = ({var} * {lit(m)}) % {lit(P61 if chance(0.5) else -P61)}",
        f"{var} = {var} // {lit(d)} + {it}",
        f"{var} ^= {it} & {lit(pick([255, 65535, -1, 2**64 - 1, 1 << 63]))}",
        f"{var} = {var} | ({it} % {lit(d)})",
        f"{var} += {it} * {it} * {it}",
        f"{var} -= {rand_int_lit()}",
        f"{var} = {var} >> {pick([0, 1, 2, 5, 63, 64, 70])}",
        f"{var} = {var} * {it} + {lit(k)}",
        f"{var} = ({var} << {ri(0, 70)}) + ({it} >> {ri(0, 3)})",
        f"{var} = {var} * {lit(pick([3037000500, 2**32, -(2**31), 1 << 62, 9]))} - {it}",
        f"{var} = -{var} + ({it} // {lit(d)}) * ({it} % {lit(d)})",
        f"{var} = {var} + ({it} if {it} > {lit(k)} else -{it})",
    ]
    return pick(forms)


def int_cond(it):
    a = ri(-12, 12)
    b = a + ri(0, 15)
    c = rand_int_lit()
    forms = [
        f"{it} < {lit(a)}", f"{it} <= {lit(a)}", f"{it} == {lit(a)}", f"{it} != {lit(a)}",
        f"{it} > {lit(a)}", f"{it} >= {lit(a)}", f"{lit(a)} < {it} <= {lit(b)}",
        f"{lit(a)} <= {it} < {lit(b)} != {it}", f"{it} % {lit(nonzero(-5, 5))} == 0",
        f"{it} > {c}", f"{it} * {it} >= {c}", f"not ({it} < {lit(b)})",
        f"{it} < {lit(a)} or {it} > {lit(b)}", f"{it} >= {lit(a)} and {it} < {lit(b)}",
        f"{it} == {lit(a)} or {it} != {lit(b)} and {it} >= {lit(a)}",
    ]
    return pick(forms)


def bound_lines(sec, depth, var):
    sec.add(depth, f"if {var} > (1 << 100) or {var} < -(1 << 100):")
    sec.add(depth + 1, f"{var} = {var} % {lit(pick([P61, 1000000007, -(2**89) + 1, 2**64]))}")


def range_args():
    kind = ri(0, 9)
    if kind == 0:
        return f"{ri(0, 40)}"
    if kind == 1:  # an empty range
        a = ri(-10, 10)
        if chance(0.5):
            return f"{lit(a)}, {lit(a - ri(0, 5))}"
        return f"{lit(a)}, {lit(a + ri(0, 5))}, {lit(-ri(1, 3))}"
    if kind == 2:  # at the edges of 64 bits
        base = pick([2**63 - 6, -(2**63), -(2**63) - 3, 2**63 - 1, 2**62 - 2])
        step = pick([1, 2, 3, -1, -2])
        n = ri(0, 8)
        return f"{lit(base)}, {lit(base + step * n)}, {lit(step)}"
    if kind == 3:  # a huge step: the last item's next would overflow
        base = pick([2**63 - 10, -(2**63) + 5, 0])
        step = pick([2**62, -(2**62), 2**63 - 1, -(2**63)])
        return f"{lit(base)}, {lit(base + step * 2)}, {lit(step)}"
    step = pick([1, 1, 2, 3, 5, -1, -1, -2, -3, -4, 7, -9])
    start = ri(-25, 25)
    n = ri(-2, 45)
    stop = start + step * n + ri(-1, 1)
    if step == 1 and chance(0.5):
        return f"{lit(start)}, {lit(stop)}"
    return f"{lit(start)}, {lit(stop)}, {lit(step)}"


# ───────────── the sections ─────────────

def sec_range(name):
    s = Section(name)
    s.add(0, f"def {name}(rep):")
    s.add(1, f"acc = {rand_int_lit()} + rep")
    s.add(1, "cnt = 0")
    s.add(1, "last = None")
    s.add(1, f"for i in range({range_args()}):")
    s.add(2, "cnt += 1")
    s.add(2, "last = i")
    nb = ri(1, 4)
    for b in range(nb):
        kw = "if" if b == 0 else "elif"
        s.add(2, f"{kw} {int_cond('i')}:")
        s.add(3, int_update("acc", "i"))
        if chance(0.3):
            s.add(3, int_update("acc", "i"))
    if chance(0.7):
        s.add(2, "else:")
        s.add(3, int_update("acc", "i"))
    if chance(0.4):
        s.add(2, f"for j in range({range_args()}):")
        s.add(3, int_update("acc", "j"))
        if chance(0.5):
            s.add(3, f"if {int_cond('j')}:")
            s.add(4, pick(["break", "continue", "acc += 1"]))
        bound_lines(s, 3, "acc")
    if chance(0.3):
        s.add(2, f"if cnt > {ri(5, 30)}:")
        s.add(3, "break")
    bound_lines(s, 2, "acc")
    s.add(1, f"out('{name}', (acc, cnt, last))")
    return s


def sec_while(name):
    s = Section(name)
    s.add(0, f"def {name}(rep):")
    kind = ri(0, 2)
    if kind == 0:  # Collatz-like
        s.add(1, f"n = {ri(3, 200)} + rep * {ri(1, 50)}")
        s.add(1, "steps = 0")
        s.add(1, "peak = n")
        s.add(1, f"while n != 1 and steps < {ri(50, 300)}:")
        s.add(2, "steps += 1")
        s.add(2, "if n % 2 == 0:")
        s.add(3, "n = n // 2")
        s.add(2, "else:")
        s.add(3, f"n = {pick([3, 5, 7])} * n + 1")
        s.add(2, "if n > peak:")
        s.add(3, "peak = n")
        s.add(1, f"out('{name}', (n, steps, peak))")
    elif kind == 1:  # counters, break, continue, while-else
        lim = ri(10, 80)
        s.add(1, f"i = {lit(ri(-20, 5))}")
        s.add(1, f"acc = {rand_int_lit()}")
        s.add(1, "skipped = 0")
        s.add(1, f"while i < {lim} + rep:")
        s.add(2, f"i += {ri(1, 3)}")
        s.add(2, f"if {int_cond('i')}:")
        s.add(3, "skipped += 1")
        s.add(3, "continue")
        s.add(2, int_update("acc", "i"))
        s.add(2, f"if acc == {rand_int_lit()} or i == {ri(20, 120)}:")
        s.add(3, "out('brk', i)")
        s.add(3, "break")
        bound_lines(s, 2, "acc")
        s.add(1, "else:")
        s.add(2, "out('noBreak', i)")
        s.add(1, f"out('{name}', (i, acc, skipped))")
    else:  # count down with a negative step and // on negatives
        s.add(1, f"x = {lit(ri(-5000, 5000))} - rep")
        s.add(1, f"d = {lit(nonzero(-9, 9))}")
        s.add(1, "seen = []")
        s.add(1, "k = 0")
        s.add(1, f"while k < {ri(5, 40)}:")
        s.add(2, "k += 1")
        s.add(2, "q = x // d")
        s.add(2, "r = x % d")
        s.add(2, "seen.append((q, r))")
        s.add(2, "x = q - r * k")
        s.add(2, "if x == 0:")
        s.add(3, "break")
        s.add(1, f"out('{name}', (x, k, seen[-3:]))")
    return s


def sec_bigint(name):
    s = Section(name)
    s.add(0, f"def {name}(rep):")
    start = pick([1, 3, -1, -7, 2**31 - 1, 2**40 + 1, -(2**33), 12345]) + 0
    s.add(1, f"x = {lit(start)} + rep")
    s.add(1, "vals = []")
    s.add(1, f"for k in range({ri(40, 70)}):")
    s.add(2, pick(["x = x + x", "x = x * 2", "x += x", "x = x * 2 + (k & 1)", "x = x - (-x)"]))
    s.add(2, f"if k % {ri(7, 13)} == 0:")
    s.add(3, "vals.append(x)")
    s.add(1, "vals.append(x)")
    s.add(1, "vals.append(x.bit_length())")
    s.add(1, f"y = {lit(pick([3037000499, 3037000500, 2**32 + 1, 4294967295, -(2**31) - 7]))}")
    s.add(1, "for k in range(4):")
    s.add(2, "y = y * y - k")
    s.add(2, "vals.append(y % 1000000007)")
    s.add(1, "for k in range(" + str(ri(55, 62)) + ", 71):")
    s.add(2, f"z = ({lit(pick([1, -1, 3, 5, -9]))} + rep) << k")
    s.add(2, "vals.append((z, z >> (k - 1), z // 3, z % 7, -z))")
    s.add(1, "m = -9223372036854775807 - 1")
    s.add(1, "p = 9223372036854775807")
    ops = ["m - 1", "m * -1", "-m", "m // -1", "m % -1", "abs(m)", "p + 1", "p * p", "p + p",
           "m + m", "m * m", "p - m", "m - p", "p << 1", "m << 1", "m >> 1", "p // -1",
           "(p + 1) // 2", "m // 2", "m % 3", "p % -3", "m ^ p", "m & p", "m | p", "~m", "~p",
           "(1 << 63) - 1", "1 << 63", "(1 << 64) >> 1", "m - rep", "p + rep", "p * (rep + 1)"]
    random.shuffle(ops)
    s.add(1, "vals.append((" + ", ".join(ops[:ri(8, 20)]) + "))")
    s.add(1, "acc = 1")
    s.add(1, f"for i in range({ri(1, 25)}, {ri(30, 60)}):")
    s.add(2, pick(["acc = acc * i", "acc *= -i", "acc = acc * i * i"]))
    s.add(2, f"if acc > {lit(pick([2**62, 2**63, 2**64]))}:")
    s.add(3, "acc = acc // " + lit(pick([3, 7, 2**61 + 1, -5, -(2**62)])))
    s.add(1, "vals.append(acc)")
    s.add(1, f"out('{name}', vals)")
    return s


def sec_divmod(name):
    s = Section(name)
    nums = [pick(EDGE_INTS) for _ in range(ri(4, 8))] + [ri(-100, 100) for _ in range(ri(2, 5))]
    dens = [pick([0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 2**62, -(2**62), 2**64, -(2**64),
                  -(2**63), 2**63 - 1]) for _ in range(ri(4, 8))]
    if chance(0.5):
        nums.append(pick(["-7.5", "7.5", "-0.0", "INF", "NAN", "2.0"]))
    if chance(0.5):
        dens.append(pick(["-2.5", "0.0", "-0.0", "INF", "3.0"]))
    s.add(0, f"def {name}(rep):")
    s.add(1, "nums = [" + ", ".join(x if isinstance(x, str) else lit(x) for x in nums) + "]")
    s.add(1, "dens = [" + ", ".join(x if isinstance(x, str) else lit(x) for x in dens) + "]")
    s.add(1, "res = []")
    s.add(1, "zero = 0")
    s.add(1, "for a in nums:")
    s.add(2, "for b in dens:")
    s.add(3, "try:")
    s.add(4, "q = a // b")
    s.add(4, "r = a % b")
    s.add(4, "res.append((q, r))")
    s.add(4, "if isinstance(q, int) and q * b + r != a:")
    s.add(5, "res.append('BAD')")
    s.add(3, "except ZeroDivisionError:")
    s.add(4, "zero += 1")
    s.add(1, "t = 0")
    s.add(1, f"for i in range({range_args()}):")
    d = nonzero(-13, 13)
    s.add(2, f"t = t + i // {lit(d)} - i % {lit(d)} + (i - rep) // {lit(nonzero(-4, 4))}")
    s.add(1, f"out('{name}', (zero, t, res))")
    return s


def sec_float(name):
    s = Section(name)
    pool = FLOAT_LITS + ["3", "-7", "True", "2**53 + 1", "0"]
    vals = []
    while len(vals) < ri(5, 8):
        v = pick(pool)
        if v not in vals:
            vals.append(v)
    s.add(0, f"def {name}(rep):")
    s.add(1, "vals = [" + ", ".join(vals) + "]")
    s.add(1, "res = []")
    s.add(1, "zdiv = 0")
    s.add(1, "for a in vals:")
    s.add(2, "for b in vals:")
    s.add(3, "res.append((a + b, a - b, a * b))")
    s.add(3, "try:")
    s.add(4, "res.append(a / b)")
    s.add(3, "except ZeroDivisionError:")
    s.add(4, "zdiv += 1")
    s.add(3, "flags = 0")
    for bit, op in enumerate(["<", "<=", "==", "!=", ">", ">="]):
        s.add(3, f"if a {op} b:")
        s.add(4, f"flags |= {1 << bit}")
    s.add(3, "res.append(flags)")
    s.add(3, "res.append((a < b, a <= b, a == b, a != b, a > b, a >= b))")
    s.add(1, "big = 1e308")
    s.add(1, "for k in range(3):")
    s.add(2, "big = big * 10")
    s.add(2, "res.append(big)")
    s.add(1, "res.append((big - big, big * 0, -big, 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 * -0.0))")
    s.add(1, "res.append(math.copysign(1.0, -0.0 * 1.0))")
    s.add(1, "x = 0.1 * rep")
    s.add(1, "for k in range(" + str(ri(5, 30)) + "):")
    s.add(2, pick(["x = x * 1.5 + 0.25", "x = x / 3.0 - k", "x += k * 0.1", "x = x * x - 2.0",
                   "x = (x - k) * -0.5"]))
    s.add(2, "if x > 1e10 or x < -1e10:")
    s.add(3, "x = x / 1e10")
    s.add(1, "res.append(x)")
    s.add(1, "for d in (0.0, -0.0, 0, False):")
    s.add(2, "try:")
    s.add(3, f"res.append({pick(['1.0', '-2.5', 'INF', 'NAN', '0.0', '3'])} / d)")
    s.add(2, "except ZeroDivisionError:")
    s.add(3, "zdiv += 1")
    s.add(1, "try:")
    s.add(2, "res.append(10 ** 400 * 1.0)")
    s.add(1, "except OverflowError:")
    s.add(2, "res.append('overflow')")
    s.add(1, f"out('{name}', (zdiv, res))")
    return s


def sec_mixed(name):
    s = Section(name)
    vals = [pick(MIXED_LITS) for _ in range(ri(5, 9))]
    s.add(0, f"def {name}(rep):")
    s.add(1, "res = [True + 1, True * 2.5, 2 * 1.5, 3 < 2.5, False - True, True / 2, -True, True << 3]")
    s.add(1, "vals = [" + ", ".join(vals) + "]")
    s.add(1, "acc = 0")
    s.add(1, "prod = 1")
    s.add(1, "for v in vals:")
    s.add(2, "acc = acc + v")
    s.add(2, "prod = prod * v")
    s.add(2, "if prod > 1e200 or prod < -1e200:")
    s.add(3, "prod = 1")
    s.add(2, f"if v < {pick(['3', '2.5', 'True', '0', '-0.0', '256'])}:")
    s.add(3, "res.append(('lt', v))")
    s.add(2, f"elif v == {pick(['3', '2.5', 'True', '0', '4.0', '256'])}:")
    s.add(3, "res.append(('eq', v))")
    s.add(2, "else:")
    s.add(3, "res.append(('ge', v - 1))")
    s.add(2, "res.append((v * 2, v - 0.5, v + True))")
    s.add(1, "res.append((acc, prod))")
    s.add(1, "b = True")
    s.add(1, f"for i in range({ri(3, 12)}):")
    s.add(2, "b = b + i")
    s.add(2, "b = b * 1 if i % 2 else b / 2")
    s.add(1, "res.append(b)")
    s.add(1, "res.append(sum([True, True, False, 3, 0.5]))")
    s.add(1, f"out('{name}', res)")
    return s


def sec_list(name):
    s = Section(name)
    n = ri(3, 12)
    init = pick([f"list(range({n}))", f"[i * i - {ri(0, 9)} for i in range({n})]",
                 f"[{lit(ri(-3, 3))}] * {n}", f"[i * 0.5 for i in range({n})]",
                 f"[(i if i % 2 else -i * 1.5) for i in range({n})]"])
    s.add(0, f"def {name}(rep):")
    s.add(1, f"l = {init}")
    s.add(1, "n = len(l)")
    s.add(1, "res = []")
    s.add(1, "ie = 0")
    s.add(1, f"for i in range(-n - {ri(0, 3)}, n + {ri(0, 3)}):")
    s.add(2, "try:")
    s.add(3, "res.append(l[i])")
    s.add(3, pick(["l[i] = l[i] * 2 + rep", "l[i] += 1", "l[-i - 1] = l[i] - 1", "l[i] = i",
                   "l[i] = l[i] * 1.5"]))
    s.add(2, "except IndexError:")
    s.add(3, "ie += 1")
    s.add(1, "m = [[i * j for j in range(4)] for i in range(4)]")
    s.add(1, "for i in range(4):")
    s.add(2, "for j in range(4):")
    s.add(3, "m[i][j] = m[i][j] + m[j][i] - m[-1][-j]")
    s.add(1, "for i in range(n - 1):")
    s.add(2, f"if {pick(['l[i] > l[i + 1]', 'l[i] < l[i + 1]', 'l[i] == l[-1]', 'l[i] != 0'])}:")
    s.add(3, "l[i], l[i + 1] = l[i + 1], l[i]")
    s.add(1, "for bad in (2**70, -(2**70), 2**63, n, -n - 1):")
    s.add(2, "try:")
    s.add(3, "l[bad] = 0")
    s.add(2, "except IndexError:")
    s.add(3, "ie += 1")
    s.add(1, "for key in (1.5, 'x', None):")
    s.add(2, "try:")
    s.add(3, "res.append(l[key])")
    s.add(2, "except TypeError:")
    s.add(3, "ie += 100")
    s.add(1, "res.append((l[True], l[False], l[-1], l[0]))")
    s.add(1, f"out('{name}', (ie, l, m, res))")
    return s


def sec_exc(name):
    s = Section(name)
    ename = "Err" + name
    s.add(0, f"class {ename}(Exception):")
    s.add(1, "def __init__(self, code, why):")
    s.add(2, "super().__init__(code, why)")
    s.add(2, "self.code = code")
    s.add(0, "")
    s.add(0, f"def {name}_helper(i):")
    s.add(1, f"if i % {ri(3, 7)} == {ri(0, 2)}:")
    s.add(2, f"raise {ename}(i, 'helper')")
    s.add(1, f"return 100 // (i % {ri(2, 6)} - {ri(0, 1)})")
    s.add(0, "")
    s.add(0, f"def {name}(rep):")
    s.add(1, f"data = [i * 3 - {ri(0, 10)} for i in range({ri(3, 9)})]")
    s.add(1, "log = []")
    s.add(1, "caught = {'zde': 0, 'ie': 0, 'user': 0, 'fin': 0, 'else': 0}")
    s.add(1, f"for i in range({ri(10, 40)}):")
    s.add(2, "try:")
    s.add(3, f"if i % {ri(4, 9)} == {ri(0, 3)}:")
    s.add(4, f"raise {ename}(i, 'loop')")
    s.add(3, f"v = data[i * {ri(1, 3)} % {ri(5, 15)} - {ri(0, 6)}]")
    s.add(3, f"w = {pick(['100', '-77', '2**64'])} // (i % {ri(2, 7)} - {ri(0, 2)})")
    s.add(3, f"log.append(v + w + {name}_helper(i + rep))")
    s.add(2, "except ZeroDivisionError:")
    s.add(3, "caught['zde'] += 1")
    s.add(2, "except IndexError:")
    s.add(3, "caught['ie'] += 1")
    s.add(3, "continue")
    s.add(2, f"except {ename} as e:")
    s.add(3, "caught['user'] += 1")
    s.add(3, "log.append((e.code, e.args[1]))")
    s.add(2, "else:")
    s.add(3, "caught['else'] += 1")
    s.add(2, "finally:")
    s.add(3, "caught['fin'] += 1")
    # try/finally with break and continue in the try body
    s.add(1, "t = 0")
    s.add(1, f"for i in range({range_args()}):")
    s.add(2, "try:")
    s.add(3, f"if i == {ri(-5, 20)}:")
    s.add(4, "break")
    s.add(3, f"if i % {ri(2, 4)} == 0:")
    s.add(4, "continue")
    s.add(3, "t += i")
    s.add(2, "finally:")
    s.add(3, "t += 1000")
    s.add(1, "k = 0")
    s.add(1, "u = 0")
    s.add(1, f"while k < {ri(5, 30)}:")
    s.add(2, "k += 1")
    s.add(2, "try:")
    s.add(3, "try:")
    s.add(4, f"if k % {ri(2, 5)} == 0:")
    s.add(5, "continue")
    s.add(4, f"u += {pick(['10 // (k - 3)', 'data[k]', 'k', '[1, 2][k % 3]'])}")
    s.add(3, "finally:")
    s.add(4, "u += 1")
    s.add(2, "except (ZeroDivisionError, IndexError) as e:")
    s.add(3, "log.append(type(e).__name__)")
    s.add(3, f"if k > {ri(8, 20)}:")
    s.add(4, "break")
    s.add(1, "try:")
    s.add(2, "for i in range(10):")
    s.add(3, "try:")
    s.add(4, f"if i == {ri(2, 8)}:")
    s.add(5, "raise KeyError(i)")
    s.add(3, "finally:")
    s.add(4, "log.append(('fin', i))")
    s.add(1, "except KeyError as e:")
    s.add(2, "log.append(('key', e.args[0]))")
    s.add(1, f"out('{name}', (caught, t, k, u, log))")
    return s


def sec_deopt(name):
    s = Section(name)
    n = ri(12, 40)
    k1 = ri(2, n // 2)
    k2 = ri(k1 + 1, n - 1)
    s.add(0, f"def {name}_poly(a, b):")
    s.add(1, pick(["return a * b + a - b", "return a + b * 2", "return (a - b) * (a + b)",
                   "return a / (b + 0.5) if b < 0 else a * b"]))
    s.add(0, "")
    s.add(0, f"def {name}(rep):")
    s.add(1, f"x = {lit(ri(-9, 9))} + rep")
    s.add(1, "trace = []")
    s.add(1, f"for i in range({n}):")
    s.add(2, f"if i == {k1}:")
    s.add(3, pick(["x = x + 0.5", "x = float(x) / 3", "x = x * 1.0", "x = x * 2**64"]))
    s.add(2, f"if i == {k2}:")
    s.add(3, "x = str(x)[:10]")
    s.add(2, "if isinstance(x, str):")
    s.add(3, "x = (x + chr(97 + i % 26))[-12:]")
    s.add(2, "else:")
    s.add(3, pick(["x = x * 3 + i", "x = x - i * 2", "x = x * -2 + 1", "x += i",
                   "x = x // 2 + i * 3"]))
    s.add(3, "if x > 1e12 or x < -1e12:")
    s.add(4, "x = x / 7")
    s.add(2, "trace.append(x)")
    s.add(1, "elems = [" + ", ".join(pick(MIXED_LITS + ["7", "-2", "0.25"]) for _ in range(ri(6, 14))) + "]")
    s.add(1, "acc = 0")
    s.add(1, "m = 1")
    s.add(1, "cmp = []")
    s.add(1, "for j in range(" + str(ri(1, 3)) + "):")
    s.add(2, "for e in elems:")
    s.add(3, "acc = acc + e")
    s.add(3, "m = m * e if -1e100 < m * e < 1e100 else 1")
    s.add(3, "try:")
    s.add(4, f"cmp.append({name}_poly(e, j - rep))")
    s.add(3, "except ZeroDivisionError:")
    s.add(4, "cmp.append('zd')")
    s.add(3, f"if e < {pick(['3', '2.5', '0', 'True'])}:")
    s.add(4, "cmp.append(1)")
    s.add(3, f"elif e >= {pick(['7', '1e300', '2**63'])}:")
    s.add(4, "cmp.append(2)")
    s.add(3, "else:")
    s.add(4, "cmp.append(e)")
    # a list whose elements change type while a loop indexes it
    s.add(1, f"lst = [i for i in range({ri(5, 12)})]")
    s.add(1, "for i in range(len(lst) * 2):")
    s.add(2, "j = i % len(lst)")
    s.add(2, f"if i == {ri(2, 6)}:")
    s.add(3, "lst[j] = lst[j] + 0.5")
    s.add(2, f"if i == {ri(7, 9)}:")
    s.add(3, "lst[j] = 2**65 + lst[j]")
    s.add(2, "lst[j] = lst[j] * 2 - lst[j - 1]")
    s.add(2, "if lst[j] > 10**30:")
    s.add(3, "lst[j] = lst[j] % 1000")
    s.add(1, f"out('{name}', (x, trace[-6:], len(trace), acc, m, cmp, lst))")
    return s


def sec_gen(name):
    s = Section(name)
    s.add(0, f"def {name}_g(a, b, c):")
    s.add(1, "total = 0")
    s.add(1, "for i in range(a, b, c):")
    s.add(2, "total += i")
    s.add(2, f"if i % 3 == {ri(0, 2)}:")
    s.add(3, "yield i * i")
    s.add(2, f"elif i % 3 == {ri(0, 2)}:")
    s.add(3, "yield -i")
    s.add(2, "else:")
    s.add(3, "yield i / 4")
    s.add(1, "return total")
    s.add(0, "")
    s.add(0, f"def {name}_fin(log, n):")
    s.add(1, "try:")
    s.add(2, "k = 0")
    s.add(2, "while k < n:")
    s.add(3, "got = yield k")
    s.add(3, "if got is not None:")
    s.add(4, "k += got")
    s.add(3, "k += 1")
    s.add(1, "finally:")
    s.add(2, "log.append('closed')")
    s.add(0, "")
    s.add(0, f"def {name}_wrap(a, b, c):")
    s.add(1, f"r = yield from {name}_g(a, b, c)")
    s.add(1, "yield ('ret', r)")
    s.add(0, "")
    s.add(0, f"def {name}(rep):")
    a = ri(-20, 10)
    c = pick([1, 2, 3, -1, -2])
    b = a + c * ri(-1, 25)
    args = f"{lit(a)} + rep, {lit(b)}, {lit(c)}"
    s.add(1, "log = []")
    s.add(1, f"vals = list({name}_g({args}))")
    s.add(1, "sm = 0")
    s.add(1, f"for v in {name}_g({args}):")
    s.add(2, "sm = sm + v")
    s.add(1, f"w = list({name}_wrap({args}))")
    s.add(1, f"g = {name}_fin(log, {ri(7, 20)})")
    s.add(1, "first = [next(g), next(g), g.send(2), next(g)]")
    s.add(1, "g.close()")
    s.add(1, f"g2 = {name}_fin(log, 3)")
    s.add(1, "rest = [v * 2 for v in g2]")
    s.add(1, f"ge = sum(x * x for x in range({range_args()}) if x % {ri(2, 4)})")
    s.add(1, "try:")
    s.add(2, f"e = {name}_g(0, 3, 1)")
    s.add(2, "while True:")
    s.add(3, "log.append(next(e))")
    s.add(1, "except StopIteration as st:")
    s.add(2, "log.append(('stop', st.value))")
    s.add(1, f"out('{name}', (vals, sm, w, first, rest, ge, log))")
    return s


def sec_rec(name):
    s = Section(name)
    s.add(0, f"def {name}_fib(n):")
    s.add(1, "if n < 2:")
    s.add(2, "return n")
    s.add(1, f"return {name}_fib(n - 1) + {name}_fib(n - 2)")
    s.add(0, "")
    s.add(0, f"def {name}_pow(b, e):")
    s.add(1, "if e == 0:")
    s.add(2, "return 1")
    s.add(1, f"h = {name}_pow(b, e // 2)")
    s.add(1, "return h * h * b if e % 2 else h * h")
    s.add(0, "")
    s.add(0, f"def {name}_gcd(a, b):")
    s.add(1, f"return a if b == 0 else {name}_gcd(b, a % b)")
    s.add(0, "")
    s.add(0, f"def {name}_flat(x):")
    s.add(1, "if isinstance(x, list):")
    s.add(2, "t = 0")
    s.add(2, "for y in x:")
    s.add(3, f"t = t + {name}_flat(y)")
    s.add(2, "return t")
    s.add(1, "return x")
    s.add(0, "")
    s.add(0, f"def {name}_ack(m, n):")
    s.add(1, "if m == 0:")
    s.add(2, "return n + 1")
    s.add(1, "if n == 0:")
    s.add(2, f"return {name}_ack(m - 1, 1)")
    s.add(1, f"return {name}_ack(m - 1, {name}_ack(m, n - 1))")
    s.add(0, "")
    s.add(0, f"def {name}_depth(n):")
    s.add(1, f"return 0 if n <= 0 else 1 + {name}_depth(n - {pick([1, 2])})")
    s.add(0, "")
    s.add(0, f"def {name}(rep):")
    s.add(1, f"a = {name}_fib({ri(8, 16)} + rep)")
    s.add(1, f"b = {name}_pow({pick(['3', '-7', '2', '1.5', '-0.5', '10'])}, {ri(10, 90)} + rep)")
    s.add(1, f"c = {name}_gcd({lit(pick(EDGE_INTS))}, {lit(pick(EDGE_INTS))})")
    s.add(1, f"d = {name}_flat([1, [2.5, [3, [True, -4]], 2**64], [[[]]], {lit(ri(-9, 9))} + rep])")
    s.add(1, f"e = {name}_ack(2, {ri(0, 3)})")
    s.add(1, f"f = {name}_depth({ri(50, 400)})")
    s.add(1, f"out('{name}', (a, b, c, d, e, f))")
    return s


def sec_globals(name):
    s = Section(name)
    G = "G_" + name
    s.add(0, f"{G} = {ri(-5, 5)}")
    s.add(0, f"CNT_{name} = 0")
    s.add(0, "")
    s.add(0, f"def {name}_set(v):")
    s.add(1, f"global {G}")
    s.add(1, f"{G} = v")
    s.add(0, "")
    s.add(0, f"def {name}_shadow():")
    s.add(1, "global abs")
    s.add(1, "abs = lambda v: -1")
    s.add(0, "")
    s.add(0, f"def {name}_unshadow():")
    s.add(1, "global abs")
    s.add(1, "del abs")
    s.add(0, "")
    s.add(0, f"def {name}(rep):")
    s.add(1, f"global CNT_{name}")
    s.add(1, "res = []")
    n = ri(10, 40)
    s.add(1, f"for i in range({n}):")
    s.add(2, f"CNT_{name} += 1")
    s.add(2, f"res.append({G} * i + abs(i - {ri(0, n)}))")
    s.add(2, f"if i == {ri(1, n)}:")
    s.add(3, f"{name}_set({pick(['2.5', '-1', '2**64', 'True', '7'])})")
    s.add(2, f"if i == {ri(1, n)}:")
    s.add(3, f"{name}_shadow()")
    s.add(2, f"if i == {ri(1, n)} and 'abs' in globals():")
    s.add(3, f"{name}_unshadow()")
    s.add(1, "if 'abs' in globals():")
    s.add(2, f"{name}_unshadow()")
    s.add(1, f"{name}_set({ri(-5, 5)} + rep)")
    # one code object, two globals dicts
    s.add(1, "src = 'def h(n):\\n    t = 0\\n    for i in range(n):\\n        t = t + K * i\\n    return t\\n'")
    s.add(1, "code = compile(src, '<gen>', 'exec')")
    s.add(1, f"g1 = {{'K': {ri(-3, 3)}}}")
    s.add(1, f"g2 = {{'K': {pick(['2.5', '2**63', '-1', '10'])}}}")
    s.add(1, "exec(code, g1)")
    s.add(1, "exec(code, g2)")
    s.add(1, "for i in range(6):")
    s.add(2, "res.append(g1['h'](i + rep))")
    s.add(2, "res.append(g2['h'](i))")
    s.add(2, "if i == 3:")
    s.add(3, "g1['K'] = 0.5")
    s.add(1, f"out('{name}', (CNT_{name}, res))")
    return s


def sec_calls(name):
    s = Section(name)
    C = "C_" + name
    s.add(0, f"class {C}:")
    s.add(1, "def __init__(self, base):")
    s.add(2, "self.base = base")
    s.add(1, "def step(self, k, scale=2):")
    s.add(2, "self.base = self.base * scale + k")
    s.add(2, "return self.base")
    s.add(0, "")
    s.add(0, f"def {name}_f(a, b=3, *rest, c=1, **kw):")
    s.add(1, "return a * b + c + len(rest) + len(kw)")
    s.add(0, "")
    s.add(0, f"def {name}_mk(k):")
    s.add(1, "def inner(x):")
    s.add(2, "return x * k - 1")
    s.add(1, "return inner")
    s.add(0, "")
    s.add(0, f"def {name}(rep):")
    s.add(1, "res = []")
    s.add(1, f"o = {C}({lit(ri(-3, 3))} + rep)")
    s.add(1, f"fns = [{name}_mk(2), {name}_mk(-3), {name}_mk(0.5), abs, {name}_f]")
    s.add(1, f"for i in range({ri(8, 30)}):")
    s.add(2, "f = fns[i % len(fns)]")
    s.add(2, "res.append(f(i - 4))")
    s.add(2, f"res.append({name}_f(i, c=i) + {name}_f(i, 2, 3, 4, z=1))")
    s.add(2, "if i % 4 == 0:")
    s.add(3, "res.append(o.step(i) % 1000003)")
    s.add(2, "if i % 5 == 0:")
    s.add(3, "try:")
    s.add(4, f"{name}_f()")
    s.add(3, "except TypeError:")
    s.add(4, "res.append('TE')")
    s.add(1, "st = o.step")
    s.add(1, "for i in range(3):")
    s.add(2, "res.append(st(i, scale=-1))")
    s.add(1, "res.append(o.base)")
    s.add(1, f"out('{name}', res)")
    return s


def sec_ident(name):
    # ints from -5 to 256 are the preallocated small ints (in CPython and in minipy): however
    # they are computed, `is` finds them identical
    s = Section(name)
    s.add(0, f"def {name}(rep):")
    s.add(1, "res = []")
    s.add(1, f"c = {pick([256, 255, -5, 0, 100])}")
    s.add(1, f"for i in range({pick(['-10, 300', '240, 262', '-8, 3'])}):")
    s.add(2, pick(["a = i + 1", "a = i * 1", "a = i - 1", "a = (i << 1) >> 1", "a = i | 0",
                   "a = i + rep - rep", "a = i // 1"]))
    s.add(2, "if -5 <= a <= 256:")
    s.add(3, "b = c + (a - c)")
    s.add(3, "if a is not b:")
    s.add(4, "res.append(a)")
    s.add(1, f"out('{name}', res)")
    return s


KINDS = [sec_range, sec_range, sec_while, sec_bigint, sec_divmod, sec_float, sec_mixed,
         sec_list, sec_exc, sec_deopt, sec_deopt, sec_gen, sec_rec, sec_globals, sec_calls,
         sec_ident]

PRELUDE = '''\
# generated by tests/jit/gen_programs.py (seed {seed}, program {index})
import math

INF = float('inf')
NINF = float('-inf')
NAN = float('nan')
CHK = 0


def mix(v):
    global CHK
    h = CHK
    for ch in repr(v):
        h = (h * 131 + ord(ch)) % 2305843009213693951
    CHK = h


def out(label, v):
    mix(label)
    mix(v)
    print(label, repr(v))

'''


def make_program(seed, index):
    nsec = ri(5, 9)
    kinds = [pick(KINDS) for _ in range(nsec)]
    if chance(0.5):  # about half the programs also change types in the middle of a loop
        kinds.append(sec_deopt)
    text = PRELUDE.replace("{seed}", str(seed)).replace("{index}", str(index))
    calls = []
    for k, kind in enumerate(kinds):
        name = f"s{k}_{kind.__name__[4:]}"
        sec = kind(name)
        text += "\n" + "\n".join(sec.lines) + "\n\n"
        calls.append(f"for rep in range({sec.reps}):\n    {name}(rep)\n")
    text += "\n" + "".join(calls)
    text += "print('checksum', CHK)\n"
    return text


def main():
    if len(sys.argv) != 4:
        print("usage: gen_programs.py SEED COUNT OUTDIR")
        sys.exit(2)
    seed = int(sys.argv[1])
    count = int(sys.argv[2])
    outdir = sys.argv[3]
    random.seed(seed)
    for index in range(count):
        text = make_program(seed, index)
        path = f"{outdir}/prog_{index:03d}.py"
        f = open(path, "w")
        f.write(text)
        f.close()
    print(f"wrote {count} programs to {outdir}")


main()
