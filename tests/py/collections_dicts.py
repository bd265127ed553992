# collections.defaultdict, OrderedDict and Counter: the dict subclasses, their reprs,
# order-aware methods, multiset arithmetic and error messages.
from collections import defaultdict, OrderedDict, Counter
import copy


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


# ── defaultdict ──
dd = defaultdict(list)
dd['a'].append(1)
dd['a'].append(2)
dd['b'].append(3)
print(dd, len(dd), dd['a'], isinstance(dd, dict), dd.default_factory)
counts = defaultdict(int)
for w in "the cat and the hat and the bat".split():
    counts[w] += 1
print(counts)
print(dict(counts), sorted(counts.items()))
print('zzz' in counts, counts.get('zzz'), 'zzz' in counts)
counts['zzz']
print('zzz' in counts, counts['zzz'])
nf = defaultdict()
print(nf, nf.default_factory)
show("missing without factory", lambda: nf['x'])
show("missing tuple key", lambda: nf[(1, 2)])
show("bad factory", lambda: defaultdict(1))
print(defaultdict(None, {1: 2}), defaultdict(lambda: 'x', a=1)['b'])
print(defaultdict(list, [(1, [2])], b=[3]))
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 1
nested['x']['z'] += 2
print(dict(nested['x']), list(nested))
dd.default_factory = set
dd['s'].add(1)
print(dd['s'], dd.default_factory)
c = dd.copy()
print(type(c).__name__, c == dd, c is dd, c.default_factory)
print(copy.copy(dd), copy.deepcopy(dd) == dd, copy.deepcopy(dd)['a'] is dd['a'])
m = defaultdict(int, {'a': 1}) | {'b': 2}
print(m, type(m).__name__)
m2 = {'z': 0} | defaultdict(str, {'a': 1})
print(m2, type(m2).__name__)
m |= {'c': 3}
print(m)
print(defaultdict.fromkeys('ab'), defaultdict.fromkeys('ab', 0))


class Tree(defaultdict):
    def __init__(self):
        defaultdict.__init__(self, Tree)


t = Tree()
t['a']['b']['c'] = 1
print(t['a']['b'], type(t['a']).__name__)
rec = defaultdict(list)
rec['me'] = rec
print(rec)
print(defaultdict(len).__reduce__()[:4], defaultdict().__reduce__()[:4])

# ── OrderedDict ──
od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), len(od), isinstance(od, dict))
od.move_to_end('b')
print(od)
od.move_to_end('b', last=False)
print(od)
od.move_to_end('c', False)
print(od)
show("move missing", lambda: od.move_to_end('nope'))
print(od.popitem(), od)
print(od.popitem(last=False), od)
show("popitem empty", lambda: OrderedDict().popitem())
show("popitem empty first", lambda: OrderedDict().popitem(False))
print(OrderedDict(), OrderedDict([('x', 1), ('y', 2)]), OrderedDict(a=1, b=2))
o1 = OrderedDict([('x', 1), ('y', 2)])
o2 = OrderedDict([('y', 2), ('x', 1)])
print(o1 == o2, o1 != o2, o1 == dict(o2), dict(o2) == o1, o1 == {'x': 1, 'y': 2})
print(o1 == OrderedDict([('x', 1), ('y', 2)]), o1 != OrderedDict(x=1, y=2))
print(o1.keys(), o1.values(), o1.items())
print(list(reversed(o1)), list(reversed(o1.keys())), list(reversed(o1.values())),
      list(reversed(o1.items())))
print(type(o1.keys()).__name__, type(o1.values()).__name__, type(o1.items()).__name__)
print('x' in o1.keys(), ('x', 1) in o1.items(), ('x', 2) in o1.items(), 1 in o1.values())
print(len(o1.keys()), o1.keys() == {'x', 'y'}, o1.keys() == ['x', 'y'], o1.items() == {('x', 1), ('y', 2)})
print(sorted(o1.keys() & {'x', 'q'}), sorted(o1.keys() | {'q'}), sorted(o1.keys() - {'x'}))
print(o1.keys().isdisjoint({'q'}), o1.keys() <= {'x', 'y', 'z'})
keys = o1.keys()
o1['new'] = 0
print(keys, list(o1.items()))
o1['x'] = 100
print(o1)
del o1['y']
print(o1, o1.pop('new'), o1.setdefault('k', 'v'), o1)
o1.update([('p', 1)], q=2)
o1.update({'x': -1})
print(o1)
show("update bad", lambda: OrderedDict([1]))
show("update short", lambda: OrderedDict([(1,)]))
show("update empty pair", lambda: OrderedDict([()]))
show("update long", lambda: OrderedDict(['abc']))
print(OrderedDict(['ab', [1, 2]]))
print(OrderedDict.fromkeys('abc'), OrderedDict.fromkeys('ab', 0))
print(type(OrderedDict.fromkeys('a')).__name__)
oc = o1.copy()
print(type(oc).__name__, oc == o1, oc is o1)
print(copy.copy(o1), copy.deepcopy(OrderedDict(a=[1])))
u = OrderedDict(a=1) | {'b': 2}
print(u, type(u).__name__, {'z': 1} | OrderedDict(a=1))
u |= [('c', 3)]
print(u)
ro = OrderedDict(a=1)
ro['self'] = ro
print(ro)
try:
    hash(OrderedDict())     # CPython's message says 'collections.OrderedDict'
except TypeError:
    print("hash -> TypeError")


class LoggingOD(OrderedDict):
    def __setitem__(self, key, value):
        print("  set", key, value)
        OrderedDict.__setitem__(self, key, value)


lo = LoggingOD([('a', 1)], b=2)
lo.update(c=3)
print(lo)

# An LRU cache, the classic OrderedDict use
cache = OrderedDict()
for key in [1, 2, 3, 1, 4, 2, 5]:
    if key in cache:
        cache.move_to_end(key)
    else:
        cache[key] = key * key
        if len(cache) > 3:
            cache.popitem(last=False)
print("lru", cache)

# ── Counter ──
c = Counter('abracadabra')
print(c, c['a'], c['z'], 'z' in c, len(c))
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()), ''.join(c.elements()), c.total())
print(Counter(), Counter(a=3, b=1), Counter({'x': 2, 'y': 5}), Counter(['a', 'b', 'a']))
print(Counter('aab', b=5))
c.update('aaz')
print(c)
c.update({'z': 3, 'new': 1})
print(c)
c.subtract('aaaa')
c.subtract({'new': 5})
c.subtract(b=1)
print(c)
del c['new']
del c['not there']
print(c)
print(Counter(a=1, b=0, c=-2), +Counter(a=1, b=0, c=-2), -Counter(a=1, b=0, c=-2))
x = Counter(a=3, b=1, c=2)
y = Counter(a=1, b=2, d=4)
print(x + y, x - y, x | y, x & y)
print(y + x, y - x, y | x, y & x)
print(x == Counter(a=3, b=1, c=2), x == Counter(a=3, b=1, c=2, e=0), x != y)
print(Counter(a=1) < Counter(a=2), Counter(a=1) <= Counter(a=1), Counter(a=2) > Counter(a=1, b=0))
print(Counter(a=1) >= Counter(a=1, b=1), x == {'a': 3, 'b': 1, 'c': 2})
show("Counter + dict", lambda: Counter(a=1) + {'a': 1})
show("fromkeys", lambda: Counter.fromkeys('ab'))
z = Counter(a=3, b=1)
z += Counter(a=-3, c=2)
print(z)
z -= Counter(c=5)
print(z)
z |= Counter(b=4, q=0)
print(z)
z &= Counter(b=2, r=9)
print(z)
print(Counter('hello world').most_common(3))
words = "a b c b c c d d d d".split()
print(Counter(words).most_common())
print(Counter({'x': 1.5, 'y': 0.5}), Counter(x=1).copy(), type(Counter().copy()).__name__)
print(copy.copy(Counter(a=1)), copy.deepcopy(Counter(a=[1])), Counter(a=1).__reduce__())
inventory = Counter(apples=3)
inventory['pears'] += 2
inventory['apples'] -= 1
print(inventory, dict(inventory), sorted(inventory))
print(repr(Counter({'a': 'x', 'b': 'y'})))
show("hash", lambda: hash(Counter()))


class Sub(Counter):
    pass


s = Sub('aab')
print(s, type(s + s).__name__, s.copy(), type(s.copy()).__name__)
