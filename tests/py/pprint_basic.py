# pprint: layout of dicts, lists, tuples, sets, strings and bytes split over lines, depth,
# indent, compact, sort_dicts, underscore_numbers, recursion markers, the collections types,
# dataclasses, saferepr/isreadable/isrecursive, and the constructor's errors.
import pprint
import io
import collections
import types
from dataclasses import dataclass, field

data = {'name': 'minipy', 'version': (3, 14), 'tags': ['interpreter', 'teaching', 'c++20'],
        'limits': {'recursion': 1000, 'int_digits': 4300}, 'ok': True, 'none': None}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=50)
pprint.pp(data, width=60)
pprint.pprint(data, sort_dicts=False, width=30)
print(pprint.pformat(data, depth=1))
print(pprint.pformat(data, depth=2, width=30))

nested = [list(range(12)), [list(range(5)), ('a', 'b', ('c', ('d', ('e',))))], {'k': [1, 2]}]
pprint.pprint(nested, width=30)
pprint.pprint(nested, width=30, compact=True)
pprint.pprint(list(range(40)), compact=True)
pprint.pprint(list(range(40)), width=20, compact=True, indent=3)
pprint.pprint([[]] * 3 + [(), {}, set(), frozenset(), ''], width=5)
pprint.pprint(('single-element tuple that is long enough to break',), width=20)
pprint.pprint((1,))
pprint.pprint([(1,)] * 30, width=40)

# sets are sorted when they must be broken, and written as repr() otherwise
pprint.pprint({3, 1, 2})
pprint.pprint(set(range(30)), width=40)
pprint.pprint(frozenset(range(25)), width=40)
pprint.pprint({'s': set('abcdefghijklmnop')}, width=40)

# strings: split at line ends, then between words
text = 'The quick brown fox jumps over the lazy dog. ' * 4
pprint.pprint(text, width=40)
pprint.pprint([text], width=40)
pprint.pprint({'key': text}, width=50)
pprint.pprint('line one\nline two\nline three is rather longer than the others\n', width=30)
pprint.pprint('averyveryverylongwordwithoutanyspacesatallthatcannotbesplit', width=20)
pprint.pprint(('abc ' * 30, 'x'), width=40)

# bytes and bytearray: pieces of 4 bytes
pprint.pprint(bytes(range(40)), width=30)
pprint.pprint(b'short')
pprint.pprint([b'abcdefghijklmnopqrstuvwxyz' * 3], width=30)
pprint.pprint(bytearray(b'0123456789' * 6), width=40)

# numbers
pprint.pprint([10**12, 1234567, -9876543210, 3.5, 1e100], underscore_numbers=True)
pprint.pprint({'big': 2**70}, underscore_numbers=True)
print(pprint.pformat(12345678, underscore_numbers=True), pprint.pformat(12345678))

# mixed-type keys that do not compare: grouped by type name
pprint.pprint({1: 'int', 'b': 'str', 2: 'int too', None: 'none', (1,): 'tuple'})
pprint.pprint({'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}})

# recursion markers (the id is replaced, it differs between runs)
lst = [1, 2]
lst.append(lst)
d = {'self': None}
d['self'] = d
def noid(s, *objs):
    for o in objs:
        s = s.replace(str(id(o)), 'ID')
    return s
print(noid(pprint.pformat(lst), lst))
print(noid(pprint.pformat(d), d))
print(noid(pprint.saferepr([lst, d]), lst, d))
print(noid(pprint.pformat([lst] * 3, width=20), lst))
print(pprint.isrecursive(lst), pprint.isrecursive([1, [2]]), pprint.isrecursive(d))
print(pprint.isreadable([1, 'a', (2,)]), pprint.isreadable(lst), pprint.isreadable(len))
print(pprint.saferepr({'b': [1, 2], 'a': (3,)}), pprint.saferepr('x'))
shared = [1, 2]
print(pprint.pformat([shared, shared]))

# collections and types
od = collections.OrderedDict((k, k * 2) for k in 'abcdefghijkl')
pprint.pprint(od, width=40)
pprint.pprint(collections.OrderedDict())
dd = collections.defaultdict(list, {'x': list(range(10)), 'y': list(range(10, 20))})
pprint.pprint(dd, width=40)
pprint.pprint(collections.Counter('abracadabra alakazam'), width=40)
pprint.pprint(collections.deque(range(30)), width=40)
pprint.pprint(collections.deque(range(30), maxlen=25), width=40)
pprint.pprint(types.SimpleNamespace(alpha=list(range(10)), beta='b' * 30, gamma={'g': 1}), width=40)
pprint.pprint(types.MappingProxyType({'a': list(range(20)), 'b': 2}), width=40)

@dataclass
class Point:
    x: int
    y: int
    label: str = 'origin'
    tags: list = field(default_factory=list)
    hidden: int = field(default=0, repr=False)

p = Point(1, 2, 'a rather long label for a point', list(range(15)))
pprint.pprint(p, width=40)
pprint.pprint([Point(0, 0)])
pprint.pprint(Point(3, 4), width=10)

class MyList(list):
    pass
class ReprList(list):
    def __repr__(self):
        return 'ReprList(...)'
pprint.pprint(MyList(range(30)), width=30)
pprint.pprint(ReprList(range(30)), width=30)

# a subclass overriding format()
class Upper(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return repr(object.upper()), True, False
        return super().format(object, context, maxlevels, level)
Upper(width=30).pprint({'greeting': 'hello', 'items': ['a', 'b', 'c', 'ddddddd', 'eeeeeeee']})

# PrettyPrinter with a stream
buf = io.StringIO()
pp = pprint.PrettyPrinter(indent=2, width=30, stream=buf)
pp.pprint(nested)
pp.pprint('x')
print(buf.getvalue(), end='')
print(pp.pformat({'a': 1}), pp.isreadable({'a': 1}), pp.isrecursive([]))
print(repr(pprint.pformat([1, 2], depth=1)), repr(pprint.pformat([[1], [2]], depth=1)))
print(pprint.pformat(((1, 2), [3]), depth=1), pprint.pformat({'k': {'v': 1}}, depth=1))

for kwargs in [{'indent': -1}, {'depth': 0}, {'width': 0}, {'depth': -3}]:
    try:
        pprint.PrettyPrinter(**kwargs)
    except ValueError as e:
        print('ValueError:', e)
try:
    pprint.pformat([1], indent='x')
except ValueError as e:
    print('ValueError:', e)
print(sorted(pprint.__all__))
