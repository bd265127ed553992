# operator: the operators as functions, and itemgetter, attrgetter, methodcaller
# (lib/operator.py).
import operator
from operator import attrgetter, itemgetter, methodcaller


def attempt(label, thunk):
    try:
        result = thunk()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(result))


print("-- comparisons and logic")
for name in ['lt', 'le', 'eq', 'ne', 'ge', 'gt']:
    f = getattr(operator, name)
    print(name, f(1, 2), f(2, 2), f(3, 2), f('a', 'b'))
print(operator.not_(0), operator.not_([1]), operator.truth(''), operator.truth([0]))
x, y = [], []
print(operator.is_(x, x), operator.is_(x, y), operator.is_not(x, y), operator.is_not(x, x))
print(operator.is_none(None), operator.is_none(0), operator.is_not_none(0),
      operator.is_not_none(None))
print(operator.eq(1, 1.0), operator.ne(float('nan'), float('nan')))

print("-- arithmetic")
print(operator.add(2, 3), operator.add('a', 'b'), operator.add([1], [2]))
print(operator.sub(7, 10), operator.mul(6, 7), operator.mul('ab', 3))
print(operator.truediv(7, 2), operator.floordiv(7, 2), operator.floordiv(-7, 2),
      operator.mod(-7, 3))
print(operator.pow(2, 10), operator.pow(2, -1), operator.pow(2.0, 0.5))
print(operator.neg(5), operator.pos(-5), operator.abs(-5), operator.abs(-2.5))
print(operator.inv(5), operator.invert(-1), operator.inv is operator.invert)
print(operator.lshift(1, 10), operator.rshift(1024, 3), operator.and_(12, 10))
print(operator.or_(12, 10), operator.xor(12, 10), operator.and_(True, False))
print(operator.mod('%s-%s', (1, 2)), operator.index(7), operator.index(True))
attempt('index float', lambda: operator.index(1.5))
attempt('index str', lambda: operator.index('1'))
attempt('add mixed', lambda: operator.add(1, 'a'))
attempt('truediv zero', lambda: operator.truediv(1, 0))
attempt('matmul ints', lambda: operator.matmul(2, 3))


class Idx:
    def __index__(self):
        return 42


class Mat:
    def __init__(self, v):
        self.v = v

    def __matmul__(self, other):
        return Mat(self.v * other.v)

    def __imatmul__(self, other):
        self.v = self.v + other.v
        return self


print(operator.index(Idx()), operator.matmul(Mat(3), Mat(4)).v)
m = Mat(3)
print(operator.imatmul(m, Mat(4)) is m, m.v)

print("-- sequences")
print(operator.concat([1], [2, 3]), operator.concat('ab', 'cd'), operator.concat((1,), (2,)))
attempt('concat int', lambda: operator.concat(1, 2))
attempt('concat mixed', lambda: operator.concat([1], (2,)))
print(operator.contains([1, 2, 3], 2), operator.contains('abc', 'bc'), operator.contains({1: 2}, 2))
print(operator.countOf([1, 2, 1, 1.0, True, 3], 1), operator.countOf('banana', 'a'))
print(operator.indexOf([5, 6, 7], 7), operator.indexOf('abc', 'b'))
nan = float('nan')
print(operator.countOf([nan, nan, 1], nan), operator.indexOf([1, nan], nan))
attempt('indexOf missing', lambda: operator.indexOf([1, 2], 3))
attempt('countOf int', lambda: operator.countOf(5, 3))
attempt('indexOf int', lambda: operator.indexOf(5, 3))
d = {'a': 1}
operator.setitem(d, 'b', 2)
print(operator.getitem(d, 'b'), operator.getitem([1, 2, 3], -1),
      operator.getitem('abcdef', slice(1, 4)))
operator.delitem(d, 'a')
print(d)
lst = [1, 2, 3, 4, 5]
operator.setitem(lst, slice(1, 3), ['x'])
operator.delitem(lst, -1)
print(lst)
attempt('getitem missing', lambda: operator.getitem({}, 'k'))
attempt('getitem range', lambda: operator.getitem([1], 5))

print("-- length_hint")
print(operator.length_hint([1, 2, 3]), operator.length_hint('ab'), operator.length_hint(5))
print(operator.length_hint(5, 10), operator.length_hint({}, 3), operator.length_hint((), 3))


class Hint:
    def __init__(self, value):
        self.value = value

    def __length_hint__(self):
        return self.value


class BadLen:
    def __len__(self):
        raise ValueError('boom')


class TypeLen:
    def __len__(self):
        raise TypeError('no len really')

    def __length_hint__(self):
        return 9


class RaisingHint:
    def __length_hint__(self):
        raise TypeError('not today')


print(operator.length_hint(Hint(4)), operator.length_hint(Hint(NotImplemented), 6))
print(operator.length_hint(TypeLen()), operator.length_hint(RaisingHint(), 2))
attempt('hint str', lambda: operator.length_hint(Hint('x')))
attempt('hint negative', lambda: operator.length_hint(Hint(-1)))
attempt('hint huge', lambda: operator.length_hint(Hint(2**70)))
attempt('bad len', lambda: operator.length_hint(BadLen()))
attempt('bad default', lambda: operator.length_hint([], 'a'))

print("-- in-place")
a = [1]
b = operator.iadd(a, [2])
print(a, b is a, operator.iadd(1, 2), operator.iadd('a', 'b'), operator.iadd((1,), (2,)))
s = {1, 2}
print(sorted(operator.ior(s, {3})), sorted(s), sorted(operator.iand({1, 2}, {2, 3})))
print(operator.isub(10, 3), operator.imul(4, 5), operator.imul([0], 3), operator.itruediv(7, 2))
print(operator.ifloordiv(7, 2), operator.imod(7, 4), operator.ipow(3, 3), operator.ilshift(1, 4))
print(operator.irshift(64, 2), operator.ixor(6, 3), operator.iand(6, 3), operator.ior(6, 3))
c = [1]
print(operator.iconcat(c, [2]) is c, c)
attempt('iconcat int', lambda: operator.iconcat(1, 2))
print(operator.call(len, 'abc'), operator.call(dict, a=1), operator.call(max, 3, 9, key=None))

print("-- dunder aliases")
print(operator.__add__ is operator.add, operator.__not__ is operator.not_,
      operator.__and__ is operator.and_, operator.__inv__ is operator.inv,
      operator.__invert__ is operator.invert, operator.__call__ is operator.call,
      operator.__iconcat__ is operator.iconcat, operator.__lt__(1, 2))
print(sorted(n for n in dir(operator) if n.startswith('__') and n.endswith('__')
             and callable(getattr(operator, n))))
print(operator.__all__ == sorted(operator.__all__), len(operator.__all__))
print(sorted(n for n in dir(operator) if not n.startswith('_')) == operator.__all__)
print(operator.add.__name__, operator.itemgetter.__name__, operator.add(*[1, 2]))

print("-- itemgetter")
g = itemgetter(1)
print(g('ABCDEFG'), g([10, 20]), g({1: 'one'}), repr(g))
g2 = itemgetter(1, 3, 5)
print(g2('ABCDEFG'), repr(g2), repr(itemgetter('a', 'b')), repr(itemgetter(slice(2, None))))
print(itemgetter(slice(2, None))('ABCDEFG'), itemgetter((1, 2))({(1, 2): 'tuple key'}))
print(repr(itemgetter((1, 2))), itemgetter(-1, 0)('xyz'))
inventory = [('apple', 3), ('banana', 2), ('pear', 5), ('orange', 1)]
print(sorted(inventory, key=itemgetter(1)), list(map(itemgetter(0), inventory)))
print(sorted([(1, 'b'), (0, 'b'), (1, 'a')], key=itemgetter(1, 0)))
attempt('no items', lambda: itemgetter())
attempt('keyword', lambda: itemgetter(1, default=0))
attempt('call none', lambda: g())
attempt('call two', lambda: g('a', 'b'))
attempt('call kw', lambda: g(obj='abc'))
attempt('missing', lambda: g('a'))
attempt('missing key', lambda: itemgetter('k')({}))
print(type(g).__name__, type(g).__module__)

print("-- attrgetter")


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


class Segment:
    def __init__(self, a, b):
        self.start = a
        self.end = b


pt = Point(1, 2)
seg = Segment(Point(0, 0), pt)
print(attrgetter('x')(pt), attrgetter('x', 'y')(pt), attrgetter('end.y')(seg))
print(attrgetter('start', 'end.x', 'end')(seg), repr(attrgetter('end.y', 'start')))
print(repr(attrgetter('x')), attrgetter('real', 'imag')(3), attrgetter('__class__.__name__')(pt))
print(sorted([Point(2, 1), Point(1, 2), Point(1, 1)], key=attrgetter('x', 'y')))
print(attrgetter('upper')('abc')(), repr(attrgetter('a..b')))
attempt('no names', lambda: attrgetter())
attempt('not str', lambda: attrgetter(1))
attempt('second not str', lambda: attrgetter('x', 2))
attempt('keyword', lambda: attrgetter('x', default=0))
attempt('missing', lambda: attrgetter('z')(pt))
attempt('missing inner', lambda: attrgetter('end.z')(seg))
attempt('empty name', lambda: attrgetter('')(pt))
attempt('double dot', lambda: attrgetter('a..b')(pt))
attempt('call none', lambda: attrgetter('x')())
attempt('call kw', lambda: attrgetter('x')(obj=pt))

print("-- methodcaller")
up = methodcaller('upper')
print(up('hello'), repr(up))
rep = methodcaller('replace', 'a', 'o', 1)
print(rep('banana'), repr(rep))
split = methodcaller('split', sep=',', maxsplit=1)
print(split('a,b,c'), repr(split))
print(repr(methodcaller('m', 1, [2], k='v', j=None)))
print(methodcaller('count', 'a')('banana'), list(map(methodcaller('strip'), [' a ', 'b '])))
print(methodcaller('get', 'name', 'default')({}), methodcaller('format', name='x')('{name}!'))


class Keywords:
    def show(this, **kwargs):
        return sorted(kwargs.items())


print(methodcaller('show', self=1, name=2)(Keywords()))
attempt('no name', lambda: methodcaller())
attempt('name not str', lambda: methodcaller(42))
attempt('missing method', lambda: methodcaller('nope')(1))
attempt('call none', lambda: up())
attempt('call two', lambda: up('a', 'b'))
attempt('call kw', lambda: up(obj='a'))
attempt('bad args', lambda: methodcaller('upper', 1)('a'))
print(type(up).__name__, type(attrgetter('x')).__name__, type(itemgetter(0)).__qualname__)
