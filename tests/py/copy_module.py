# copy.copy and copy.deepcopy: built-in containers, cycles, shared references, the memo,
# user classes (via __dict__), __copy__/__deepcopy__ hooks, __reduce__, and copy.replace.
import copy


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


# atoms come back as they are
for x in [1, 2.5, True, None, 'text', (1, 2), frozenset([1]), range(3), len, print, int, Ellipsis]:
    print(repr(x), copy.copy(x) is x, copy.deepcopy(x) is x)


def f():
    pass


print(copy.copy(f) is f, copy.deepcopy(f) is f)

# shallow copies share the items
lst = [1, [2, 3], {'k': [4]}]
c = copy.copy(lst)
print(c == lst, c is lst, c[1] is lst[1], c[2] is lst[2])
d = {'a': [1], 'b': (2, [3])}
cd = copy.copy(d)
print(cd == d, cd is d, cd['a'] is d['a'])
st = {1, 2, 3}
print(copy.copy(st) == st, copy.copy(st) is st)

# deep copies do not
dl = copy.deepcopy(lst)
print(dl == lst, dl[1] is lst[1], dl[2] is lst[2], dl[2]['k'] is lst[2]['k'])
dd = copy.deepcopy(d)
print(dd == d, dd['a'] is d['a'], dd['b'] is d['b'], dd['b'][1] is d['b'][1])
t = (1, 2, (3, 4))
print(copy.deepcopy(t) is t)           # nothing mutable inside: the same tuple
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
fs = frozenset([1, 2])
print(copy.deepcopy(fs) == fs, copy.deepcopy({1, 2}) == {1, 2})

# shared references stay shared, cycles stay cycles
shared = [0]
outer = [shared, shared]
dc = copy.deepcopy(outer)
print(dc[0] is dc[1], dc[0] is shared)
cyc = [1, 2]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[2] is cc, cc[2] is cyc, cc[:2])
dcyc = {'name': 'loop'}
dcyc['self'] = dcyc
dc2 = copy.deepcopy(dcyc)
print(dc2['self'] is dc2, dc2['name'])
tc = ([],)
tc[0].append(tc)
tcc = copy.deepcopy(tc)
print(tcc[0][0] is tcc, tcc is tc)

# the memo dict
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(memo[id(x)] is y[0], y[0] is y[1], id(memo) in memo)
pre = {id(x): 'replacement'}
print(copy.deepcopy([x, 5], pre))


# user classes: their __dict__ is copied
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


p = Point([1], 2)
pc = copy.copy(p)
pd = copy.deepcopy(p)
print(pc, pd, type(pc).__name__, pc is p, pc.x is p.x, pd.x is p.x)
node = Point(None, None)
node.x = node
nd = copy.deepcopy(node)
print(nd.x is nd, nd is node)


class WithClassAttr:
    kind = 'shared'

    def __init__(self):
        self.items = []


w = WithClassAttr()
w.items.append(1)
w2 = copy.deepcopy(w)
w2.items.append(2)
print(w.items, w2.items, w2.kind, vars(w2))


# hooks
class Hooked:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("  __copy__ called")
        return Hooked(self.v)

    def __deepcopy__(self, memo):
        print("  __deepcopy__ called, memo is a", type(memo).__name__)
        return Hooked(copy.deepcopy(self.v, memo))


h = Hooked([1])
hc = copy.copy(h)
hd = copy.deepcopy([h])
print(hc.v is h.v, hd[0].v is h.v, hd[0].v)


class Reduced:
    def __init__(self, a, b=0):
        self.a = a
        self.b = b

    def __reduce__(self):
        print("  __reduce__ called")
        return (Reduced, (self.a, self.b))

    def __repr__(self):
        return 'Reduced(%r, %r)' % (self.a, self.b)


r = Reduced([1], 2)
print(copy.copy(r), copy.deepcopy(r), copy.deepcopy(r).a is r.a)


class WithState:
    def __init__(self):
        self.data = [1]
        self.cache = 'big'

    def __getstate__(self):
        state = dict(self.__dict__)
        del state['cache']
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = 'rebuilt'


ws = copy.deepcopy(WithState())
print(ws.data, ws.cache)


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = [1]
        self.b = 2


sl = copy.deepcopy(Slotted())
print(sl.a, sl.b)


# subclasses of built-in containers keep their type, items and attributes
class MyList(list):
    pass


class MyDict(dict):
    pass


ml = MyList([1, [2]])
ml.tag = 'T'
mlc = copy.copy(ml)
mld = copy.deepcopy(ml)
print(type(mlc).__name__, mlc, mlc.tag, mld, mld[1] is ml[1], mlc[1] is ml[1])
md = MyDict(a=[1])
md.note = 5
mdd = copy.deepcopy(md)
print(type(mdd).__name__, mdd, mdd.note, mdd['a'] is md['a'])

# containers of the collections module
from collections import deque, OrderedDict, defaultdict, Counter
dq = deque([[1], 2], maxlen=5)
print(copy.copy(dq), copy.deepcopy(dq), copy.deepcopy(dq)[0] is dq[0])
od = OrderedDict(b=[1], a=2)
print(copy.deepcopy(od), type(copy.copy(od)).__name__)
ddict = defaultdict(list, x=[1])
ddc = copy.deepcopy(ddict)
print(ddc, ddc['x'] is ddict['x'], ddc.default_factory)
print(copy.deepcopy(Counter('aab')))

# classes and bound methods
print(copy.copy(Point) is Point, copy.deepcopy(Point) is Point)


class Counter2:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n


c2 = Counter2()
m = copy.deepcopy(c2.bump)
print(m(), m(), c2.n)

# replace (3.13)
show("replace unsupported", lambda: copy.replace([1]))
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
