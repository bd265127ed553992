# collections.deque: every method, the operators, repr, errors, iterators, maxlen, and a long
# pseudo-random run checked against a list (exercises the ring buffer's wrap, grow and shrink).
from collections import deque
import collections


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


d = deque([1, 2, 3])
print(d, len(d), bool(d), bool(deque()), type(d).__name__)
d.append(4)
d.appendleft(0)
print(d, d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend([5, 6])
d.extendleft([-1, -2])
print(d)
d.rotate()
print("rotate()", d)
d.rotate(3)
print("rotate(3)", d)
d.rotate(-4)
print("rotate(-4)", d)
d.rotate(100)
print("rotate(100)", d)
d.reverse()
print("reverse", d)
d[0] = 'a'
d[-1] = 'z'
print(d)
del d[1]
del d[-2]
print(d)
d.insert(0, 'first')
d.insert(100, 'last')
d.insert(-1, 'beforelast')
d.insert(-100, 'veryfirst')
d.insert(3, 'mid')
print(d)
print(d.count('a'), d.count('nothing'), d.index('mid'), d.index('a'))
d.remove('mid')
print(d, 'a' in d, 'mid' in d)
print(list(reversed(d)))
print(list(d), tuple(d), [x for x in d if isinstance(x, int)])
e = d.copy()
print(e == d, e is d, type(e).__name__)
d.clear()
print(d, len(d), e)

# maxlen
m = deque(range(10), maxlen=3)
print(m, m.maxlen, deque().maxlen)
m.append(10)
print(m)
m.appendleft(-1)
print(m)
m.extend([20, 21])
print(m)
m.extendleft([30, 31])
print(m)
print(deque(maxlen=0), deque([1, 2], maxlen=0), deque(range(5), 5))
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
print(z, len(z))
show("insert full", lambda: m.insert(0, 1))
show("set maxlen", lambda: setattr(m, 'maxlen', 5))
show("maxlen -1", lambda: deque([], -1))
show("maxlen str", lambda: deque([], 'a'))
show("maxlen float", lambda: deque([], 1.5))
show("kwargs", lambda: deque(iterable='abc', maxlen=2))
show("bad kw", lambda: deque(foo=1))
show("3 args", lambda: deque([1], 2, 3))
show("None iterable", lambda: deque(None))

# errors
empty = deque()
show("pop empty", empty.pop)
show("popleft empty", empty.popleft)
show("index empty", lambda: empty[0])
show("index", lambda: deque([1, 2])[2])
show("index neg", lambda: deque([1, 2])[-3])
show("set out", lambda: empty.__setitem__(0, 1))
show("del out", lambda: empty.__delitem__(0))
show("slice", lambda: deque([1])[0:1])
show("str index", lambda: deque([1])['a'])
show("float index", lambda: deque([1])[1.0])
show("index missing", lambda: deque([1, 2]).index(3))
show("remove missing", lambda: deque([1, 2]).remove(3))
show("rotate float", lambda: deque([1, 2]).rotate(1.5))
show("add list", lambda: deque([1]) + [2])
show("mul str", lambda: deque([1]) * 'a')
# (the message says 'collections.deque' in CPython, 'deque' in minipy: print the type only)
try:
    deque([1]) < [2]
except TypeError as e:
    print("lt list -> TypeError")


class Idx:
    def __index__(self):
        return 1


show("__index__", lambda: deque('abc')[Idx()])

# index() with start and stop
r = deque([1, 2, 1, 2, 1])
print(r.index(1), r.index(1, 1), r.index(2, 2), r.index(1, -2), r.index(1, 0, 1))
show("index stop", lambda: r.index(2, 0, 1))
show("index range", lambda: r.index(1, -2, -1))
print(r.index(1, -100), r.index(1, 4, 100))

# operators
a = deque([1, 2])
b = deque([1, 3])
print(a + b, a * 3, 2 * a, a * 0, a * -1)
print(a == deque([1, 2]), a != b, a < b, a <= b, a > b, a >= b, a == [1, 2])
print(deque() == deque(), deque([1]) < deque([1, 0]), deque('ab') > deque('a'))
c = deque([1, 2], maxlen=3)
print(c + deque([7, 8]), c * 2)
c *= 3
print(c)
c += [9]
print(c)
c += 'xy'
print(c)
a += a
print(a)
a.extend(a)
print(a)
a.extendleft(a)
print(a)
try:
    hash(deque())
except TypeError as e:
    print("hash -> TypeError")
print(deque.__hash__)
q = deque([[1], [2]])
q2 = q.copy()
q2[0].append(99)
print(q, q2)

# repr: maxlen, nested and recursive
print(repr(deque([1], maxlen=3)), str(deque(['a', (1, 2)])), deque([deque([1])]))
rec = deque([1])
rec.append(rec)
print(rec)
rec2 = deque()
rec2.append([rec2])
print(rec2)


class MyDeque(deque):
    pass


md = MyDeque([1, 2], 5)
print(md, type(md.copy()).__name__, md.copy(), isinstance(md, deque))
print(MyDeque('ab') + deque('c'), type(MyDeque('ab') + deque('c')).__name__)


class Logged(deque):
    def __init__(self, *args):
        deque.__init__(self, *args)
        self.note = 'made'


lg = Logged([1])
lg.append(2)
print(lg, lg.note)

# __init__ again resets the deque
r = deque([1, 2, 3], maxlen=5)
r.__init__('ab')
print(r)

# iterators: mutation is detected, item assignment is not a mutation
it = iter(deque([1, 2, 3]))
print(type(it).__name__, type(reversed(deque())).__name__, next(it), list(it), list(it))
src = deque([1, 2, 3])
show("mutate while iterating", lambda: [src.append(x) for x in src])
src = deque([1, 2, 3])
out = []
for x in src:
    out.append(x)
    src[2] = 30
print(out)
it = iter(deque('ab'))
print(it.__length_hint__(), next(it), it.__length_hint__())
src = deque([1, 2])
it = iter(src)
next(it)
src.rotate()
show("after rotate", lambda: next(it))
show("again", lambda: next(it))

# equality of elements
print(deque([1, 2.0, True]).count(1), 2 in deque([1, 2.0]), deque([float('nan')]).count(float('nan')))
nan = float('nan')
print(deque([nan]).count(nan), nan in deque([nan]), deque([nan]) == deque([nan]))


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Eq) and self.v == other.v


print(deque([Eq(1), Eq(2)]).index(Eq(2)), Eq(1) in deque([Eq(1)]))

# copy module and pickling protocol pieces
import copy
cd = deque([[1], 2], maxlen=4)
print(copy.copy(cd), copy.deepcopy(cd), copy.deepcopy(cd)[0] is cd[0], copy.copy(cd)[0] is cd[0])
print(deque([1]).__reduce__()[:3], deque([1], 2).__reduce__()[:3], list(deque([1]).__reduce__()[3]))
print(collections.deque is deque)

# a long pseudo-random run against a list
seed = 12345


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n


model = []
dq = deque()
for step in range(6000):
    op = rnd(12)
    if op == 0 or op == 1:
        dq.append(step)
        model.append(step)
    elif op == 2 or op == 3:
        dq.appendleft(step)
        model.insert(0, step)
    elif op == 4 and model:
        assert dq.pop() == model.pop()
    elif op == 5 and model:
        assert dq.popleft() == model.pop(0)
    elif op == 6 and model:
        k = rnd(7) - 3
        dq.rotate(k)
        if model:
            k %= len(model)
            if k:
                model[:] = model[-k:] + model[:-k]
    elif op == 7:
        i = rnd(len(model) + 3) - 1
        dq.insert(i, -step)
        model.insert(i, -step)
    elif op == 8 and model:
        i = rnd(len(model))
        del dq[i]
        del model[i]
    elif op == 9 and model:
        i = rnd(len(model))
        dq[i] = step * 2
        model[i] = step * 2
    elif op == 10:
        n = rnd(40)
        dq.extend(range(n))
        model.extend(range(n))
    elif op == 11 and len(model) > 50:
        for _ in range(rnd(60)):
            if model:
                dq.popleft()
                model.pop(0)
    if step % 997 == 0:
        dq.reverse()
        model.reverse()
    if list(dq) != model or len(dq) != len(model):
        print("MISMATCH at step", step)
        break
print("random run:", len(dq), list(dq) == model, list(reversed(dq)) == model[::-1], sum(dq))

# a bounded deque as a sliding window
window = deque(maxlen=3)
sums = []
for x in range(10):
    window.append(x)
    sums.append(sum(window))
print(sums)

# comparisons that change the deque they search are caught
class Mutator:
    def __eq__(self, other):
        victim.append(0)
        return False


for label, op in [("count", lambda: victim.count(1)), ("index", lambda: victim.index(1)),
                  ("in", lambda: 1 in victim), ("remove", lambda: victim.remove(1))]:
    victim = deque([Mutator(), Mutator()])
    show(label + " mutating", op)
    print(len(victim))


class Quiet:
    def __eq__(self, other):
        return other == 'q'


qd = deque([1, Quiet(), 'q'])
print(qd.count('q'), qd.index('q'), 'q' in qd, 2 in qd)
qd.remove('q')
print(len(qd), qd[0], type(qd[1]).__name__)
