# Generators: yield, send, yield from, and StopIteration's value.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

print(list(count(5)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            return received
        received.append(x)

e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as s:
    print(s.value)

def inner():
    a = yield 1
    b = yield 2
    return a + b

def outer():
    r = yield from inner()
    print("inner returned", r)
    yield from [10, 20]
    yield from range(3)
    return r

o = outer()
print(next(o), o.send(5), o.send(7))
print(list(o))

def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as ex:
            print("caught", ex)
            yield "recovered"

c = catcher()
next(c)
print(c.throw(ValueError("bad")))
print(next(c))
print(c.throw(ValueError, "worse"))
c.close()
print(c.gi_suspended, c.gi_running)

def deleg():
    yield from catcher()
d = deleg()
next(d)
print(d.throw(ValueError("via")))
try:
    d.throw(KeyError("k"))
except KeyError as k:
    print("KeyError out", k)

def fin():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for v in fin():
    print(v)
    break
print("after break")
f = fin()
next(f)
f.close()
print(sum(x * x for x in range(10)))
print(max(len(w) for w in "a bb ccc".split()))
gen = (i for i in range(3))
print(gen.__name__, gen.__qualname__)
print(list(zip(count(3), "abc")))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def nested(n):
    if n == 0:
        yield 0
        return
    yield n
    yield from nested(n - 1)
print(list(nested(5)))
def tree(d):
    if d:
        for x in tree(d-1): yield x
        yield d
        for x in tree(d-1): yield x
print(list(tree(3)))
def exc_in_gen():
    try:
        raise KeyError("x")
    except KeyError:
        yield 1
        raise
g = exc_in_gen()
next(g)
try:
    next(g)
except KeyError as e:
    print("reraised", repr(e))
def unpack():
    yield 1; yield 2; yield 3
a, *b = unpack()
print(a, b, [*unpack()], set(unpack()), tuple(unpack()))
print(*unpack())
print(dict((k, k*2) for k in range(3)))
print(sorted((x for x in [3,1,2]), reverse=True))
print(any(x > 2 for x in [1,2,3]), all(x > 2 for x in [1,2,3]))
print(", ".join(str(x) for x in range(4)))
