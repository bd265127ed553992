# oracle: native   (hash() and the slot order of colliding keys differ on py314's 32-bit build)
# Where keys land in a set's table decides the order a program sees, so minipy follows CPython's
# algorithm (linear probing, the perturbation step, the resize rules, set_merge's shortcuts).
print({-1, -2, 0, 1}, {-3, -2, -1, 0, 1, 2, 3})
print(hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset(range(10))))
print(hash(frozenset([frozenset([1]), frozenset([2])])), hash(frozenset({-1, -2})))
print(hash(frozenset(["a"])) == hash(frozenset(["a"])), hash(frozenset([2**70, 2.5])))
s = set()
for i in range(0, 400, 37):
    s.add(i * 2**20)
print(s)
print(set(range(0, 2**70, 2**66)), {2**64, 2**65, 1, 2})
t = set(range(100))
for i in range(0, 100, 3):
    t.discard(i)
for i in range(200, 220):
    t.add(i)
print(t)
u = {8, 16, 24, 32, 40}
u.discard(8); u.add(48); u.add(8)
print(u, u.pop(), u.pop(), u)
print(set(frozenset({0, 8, 16, 24, 32, 40, 48})), {0, 8, 16, 24, 32, 40, 48})
print([x for x in {0, 8, 16, 24, 32, 40, 48}], 16 in {0, 8, 16, 24, 32, 40, 48})
a = set(range(0, 64, 8))
b = set(range(0, 128, 16))
print(a | b, a & b, a - b, a ^ b, b - a)
a |= {72, 80}; a &= set(range(0, 90, 8)); a ^= {0, 1}; a -= {16}
print(a)
print(set({i * 8: i for i in range(9)}), set({i * 8: i for i in range(9)}.keys()))
