# set and frozenset: displays, comprehensions, constructors, operators, methods, errors, order.
s = {3, 1, 2}
print(s, len(s), 2 in s, 5 in s, 5 not in s)
print(set(), frozenset(), set([1, 2, 2, 3]), frozenset(range(5)))
print({8, 1, 16}, {16, 8, 1}, {0, 8, 16, 24, 32, 40, 48})
print(set(range(20)), set(range(100, 0, -7)))
print({1.5, 2.5, 1, 2})
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([7, 8], (9,)), a.intersection([2, 3, 99]), a.difference([1], {2}), a.symmetric_difference([4, 10]))
print(a <= b, a < a | b, a | b >= a, a == {4, 3, 2, 1}, a != b, a > {1}, {1} < {1})
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint([9]), a.isdisjoint(b))
c = set(a)
c.add(10); c.discard(1); c.discard(99); c.remove(2)
print(c)
try:
    c.remove(42)
except KeyError as e:
    print("KeyError", e, repr(e))
print(c.pop(), c.pop(), c)
c.clear(); print(c, bool(c), bool(a))
try:
    c.pop()
except KeyError as e:
    print("KeyError", e)
d = {1, 2, 3}
d |= {4}; print(d)
d &= {1, 2, 4, 7}; print(d)
d -= {1}; print(d)
d ^= {2, 9}; print(d)
d.update([5, 6], {7}); print(d)
d.intersection_update([4, 5, 6, 7, 100]); print(d)
d.difference_update([4], (5,)); print(d)
d.symmetric_difference_update({6, 11}); print(d)
f = frozenset([1, 2, 3])
g = f | {4}
print(type(g).__name__, g, f & {2}, {2, 9} & f, type({2} & f).__name__)
print({frozenset([1]): "x"}[frozenset({1})], {1} in {frozenset({1})}, frozenset() == set())
print(frozenset(f) is f, f.copy() is f, sorted({5, 3, 9}))
for x in {10, 20, 30}:
    print(x, end=" ")
print()
print({x % 5 for x in range(20)}, {x * y for x in range(3) for y in range(3) if x != y})
print({*[1, 2], *(2, 3)}, {1, *{4, 5}})
try:
    {[]}
except TypeError as e:
    print(e)
try:
    s.add({})
except TypeError as e:
    print(e)
try:
    [] in s
except TypeError as e:
    print(e)
try:
    hash({1})
except TypeError as e:
    print(e)
try:
    a + b
except TypeError as e:
    print(e)
try:
    a | [1]
except TypeError as e:
    print(e)
try:
    a |= [1]
except TypeError as e:
    print(e)
try:
    a < [1]
except TypeError as e:
    print(e)
try:
    set(1)
except TypeError as e:
    print(e)
try:
    set([1], [2])
except TypeError as e:
    print(e)
try:
    set(x=1)
except TypeError as e:
    print(e)
try:
    frozenset(x=1)
except TypeError as e:
    print(e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
class MySet(set):
    pass
m = MySet([1, 2])
print(m, MySet(), type(m | {3}).__name__, m.copy(), type(m.copy()).__name__)
class MyFS(frozenset):
    pass
print(MyFS([1]), MyFS(), repr(frozenset({1, 2})))
print(set("abc") == {"a", "b", "c"}, sorted(set("hello")))
print(set({1: 2, 3: 4}), set({"x": 1}.keys()) == {"x"})
print(list({1, 2, 3}), tuple({4, 5}), max({1, 7, 3}), sum({1, 2, 3}), len(set(range(1000))))
e = set(range(50))
for i in range(0, 50, 2):
    e.discard(i)
print(e)
e2 = set(range(30)); e2 -= set(range(25)); print(e2)
print({1, 2} == [1, 2], {1: 2}.keys() & {1})
print(set.__name__, frozenset.__name__, type(iter(set())).__name__)
print({True, 1, 1.0}, {0, False, 0.0, -0.0})
print(frozenset({1, 2}) == {2, 1}, {frozenset({1}), frozenset({1})})
