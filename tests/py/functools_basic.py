# functools: reduce, partial (with 3.14's Placeholder), lru_cache, cache, wraps, total_ordering,
# cmp_to_key and cached_property (lib/functools.py).
import functools
from functools import (Placeholder, cache, cached_property, cmp_to_key, lru_cache, partial,
                       reduce, total_ordering, update_wrapper, wraps)
import operator


def attempt(label, thunk):
    try:
        result = thunk()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', result)


print("-- reduce")
print(reduce(operator.add, [1, 2, 3, 4, 5]))
print(reduce(lambda acc, x: acc * 10 + x, [1, 2, 3], 0))
print(reduce(operator.add, [], 'empty'), reduce(operator.add, ['only']))
print(reduce(operator.add, ['a', 'b', 'c'], '>'), reduce(max, [3, 9, 2]))
print(reduce(lambda a, b: a + b, range(5), initial=100))
print(reduce(operator.concat, [[1], [2, 3], []]))
attempt('empty', lambda: reduce(operator.add, []))
attempt('not iterable', lambda: reduce(operator.add, 5))
attempt('no args', lambda: reduce())
attempt('one arg', lambda: reduce(operator.add))
attempt('four args', lambda: reduce(operator.add, [1], 2, 3))
attempt('bad keyword', lambda: reduce(operator.add, [1], start=3))
attempt('all keywords', lambda: reduce(function=operator.add, iterable=[1]))
attempt('error inside', lambda: reduce(operator.add, [1, 'a']))

print("-- partial")


def show(*args, **kwargs):
    return args, kwargs


p = partial(show, 1, 2, a='x')
print(p(3), p(b=4), p(3, a='override'))
print(p.func is show, p.args, p.keywords, type(p).__name__, callable(p))
print(partial(show)(), partial(show).args, partial(show).keywords)
basetwo = partial(int, base=2)
print(basetwo('10010'), basetwo('11', base=10))
print(repr(partial(len)), repr(partial(len, 'abc')), repr(partial(sorted, [3, 1], reverse=True)))
print(partial(len, 'abc')(), partial(max, key=len)(['a', 'abc', 'ab']))
q = partial(p, 'more', b='y')
print(q.func is show, q.args, q.keywords, q())
print(partial(partial(partial(show, 1), 2), 3).args)
p.note = 'has attrs'
r = partial(p, 9)
print(r.func is p, r.args, r(), p.note)
attempt('not callable', lambda: partial(1))
attempt('no function', lambda: partial())
attempt('set func', lambda: setattr(p, 'func', len))
attempt('set args', lambda: setattr(p, 'args', ()))
attempt('del keywords', lambda: delattr(p, 'keywords'))
attempt('bad call', lambda: partial(lambda a, b: a, 1, 2)(3))


class Sub(partial):
    pass


s = Sub(show, 'sub')
print(type(s).__name__, repr(Sub(len, 'ab')), s(1), isinstance(s, partial))
print(partial(s, 2).args, type(partial(s, 2)).__name__, partial(s, 2).func is show)


class Holder:
    method = partial(show, 'bound')

    def __repr__(self):
        return 'Holder()'


print(Holder().method(1), Holder.method(2))

print("-- Placeholder")
print(repr(Placeholder), type(Placeholder).__name__, type(Placeholder)() is Placeholder)
ph = partial(show, Placeholder, 'second')
print(ph('first'), ph('first', 'third'), ph.args, repr(partial(len, Placeholder, 1)))
ph2 = partial(show, Placeholder, Placeholder, 3)
print(ph2(1, 2), ph2(1, 2, 4, k=5))
print(partial(ph2, 'one').args, partial(ph2, 'one')('two'))
print(partial(ph2, 'a', 'b', 'c').args, partial(ph2, Placeholder, 'b').args)
print(partial(ph2, Placeholder, 'b')('a'))
attempt('trailing', lambda: partial(show, 1, Placeholder))
attempt('keyword', lambda: partial(show, k=Placeholder))
attempt('too few', lambda: ph())
attempt('too few 2', lambda: ph2(1))
attempt('nested trailing', lambda: partial(ph2, 1, Placeholder))
remove_a = partial(str.replace, Placeholder, 'a', '')
print(remove_a('banana'), list(map(partial(pow, Placeholder, 2), range(5))))

print("-- lru_cache")
calls = []


@lru_cache(maxsize=2)
def square(x):
    calls.append(x)
    return x * x


print(square(2), square(3), square(2), square(4), square(3), square(2))
print(calls, square.cache_info())
info = square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], info[-1], len(info))
print(info == (2, 4, 2, 2), tuple(info), list(info), info._fields, info._asdict())
hits, misses, maxsize, currsize = info
print(hits, misses, maxsize, currsize, type(info).__name__, repr(info._replace(hits=0)))
square.cache_clear()
print(square.cache_info(), square(2), square.cache_info())
print(square.cache_parameters(), square.__name__, square.__wrapped__(5), type(square).__name__)


@lru_cache
def ident(*args, **kwargs):
    return args, kwargs


ident(1)
ident(1)
ident(1.0)
ident(True)
ident('a')
ident(x=1)
ident(x=1)
ident(x=1, y=2)
ident(y=2, x=1)
ident(1, 2)
ident(1, 2)
print(ident.cache_info(), ident.cache_parameters())
attempt('unhashable', lambda: ident([1]))
attempt('unhashable kw', lambda: ident(k={}))
print(ident.cache_info())


@lru_cache(maxsize=None, typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed(True), typed(1), typed.cache_info(), typed.cache_parameters())


@lru_cache(maxsize=0)
def uncached(x):
    return x


print(uncached(1), uncached(1), uncached.cache_info())
print(lru_cache(maxsize=-3)(abs).cache_parameters(), lru_cache(None)(abs).cache_info())
attempt('bad maxsize', lambda: lru_cache('big'))
attempt('float maxsize', lambda: lru_cache(2.5))
attempt('not callable', lambda: lru_cache(4)(42))
attempt('typed not bool', lambda: lru_cache(abs, typed=1))
print(lru_cache(None, typed=1)(abs).cache_parameters())


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@lru_cache(maxsize=3)
def lucas(n):
    return 2 - n if n < 2 else lucas(n - 1) + lucas(n - 2)


print([lucas(n) for n in range(12)], lucas.cache_info())


def documented(a, b=2):
    "Adds two numbers."
    return a + b


documented.custom = 'copied'
cached_doc = lru_cache(documented)
print(cached_doc.__doc__, cached_doc.__name__, cached_doc.__qualname__, cached_doc.__module__)
print(cached_doc.custom, cached_doc(1), cached_doc(1, b=3), cached_doc.__wrapped__ is documented)
twice = lru_cache(maxsize=5)(cached_doc)
print(twice(1), twice(1), twice.cache_info(), cached_doc.cache_info(),
      twice.__wrapped__ is cached_doc)


class Vector:
    def __init__(self, n):
        self.n = n

    @lru_cache(maxsize=4)
    def scaled(self, k):
        return self.n * k

    def __repr__(self):
        return 'Vector(%d)' % self.n


v = Vector(3)
print(v.scaled(2), v.scaled(2), Vector(4).scaled(2), Vector.scaled.cache_info())
Vector.scaled.cache_clear()     # the cache holds the instances, which hold the class: a cycle

print("-- cache")


@cache
def factorial(n):
    return n * factorial(n - 1) if n else 1


print(factorial(10), factorial(12), factorial.cache_info(), factorial.cache_parameters())

print("-- wraps / update_wrapper")
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        return ('logged', func(*args, **kwargs))
    return wrapper


@logged
def greet(name):
    "Say hello."
    return 'hello ' + name


print(greet('bob'), greet.__name__, greet.__doc__, greet.__qualname__, greet.__wrapped__('al'))
print(type(wraps(greet)).__name__, wraps(greet).keywords['wrapped'] is greet)


def target():
    "target doc"


target.extra = [1, 2]


def shell():
    pass


result = update_wrapper(shell, target, assigned=('__doc__', 'missing'), updated=())
print(result is shell, shell.__doc__, shell.__name__, hasattr(shell, 'extra'))
update_wrapper(shell, target)
print(shell.__name__, shell.extra is target.extra, shell.__wrapped__ is target)
attempt('bad updated', lambda: update_wrapper(shell, target, updated=('nope',)))

print("-- total_ordering")


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))


a, b = Version(1, 2), Version(1, 10)
print(a < b, a > b, a <= b, a >= b, a <= Version(1, 2), a >= Version(1, 2), a == b)
print(sorted([Version(2), Version(1, 5), Version(1)]), max(a, b), Version.__gt__.__name__)
attempt('mixed', lambda: a > 5)


@total_ordering
class Rank:
    def __init__(self, n):
        self.n = n

    def __ge__(self, other):
        return self.n >= other.n

    def __eq__(self, other):
        return self.n == other.n


print(Rank(1) < Rank(2), Rank(2) < Rank(1), Rank(1) <= Rank(1), Rank(3) > Rank(3))
attempt('none defined', lambda: total_ordering(type('Plain', (), {})))


@total_ordering
class Both:
    def __init__(self, n):
        self.n = n

    def __gt__(self, other):
        return self.n > other.n

    def __le__(self, other):
        return self.n <= other.n


print(Both(1) < Both(2), Both(2) >= Both(1), '__lt__' in Both.__dict__, '__ge__' in Both.__dict__)

print("-- cmp_to_key")


def reverse_numeric(x, y):
    return y - x


print(sorted([5, 2, 4, 1, 3], key=cmp_to_key(reverse_numeric)))
print(sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda x, y: len(x) - len(y))))
K = cmp_to_key(reverse_numeric)
print(type(K).__name__, type(K(1)).__name__, K(1).obj, K(1) < K(2), K(1) > K(2), K(2) == K(2))
print(K(2) != K(2), K(3) <= K(3), K(3) >= K(4), min([K(1), K(7)]).obj, K(obj=4).obj)
attempt('compare', lambda: K(1) < 2)
print(K.__hash__, K(1).__hash__)
attempt('no arg', lambda: K())
attempt('two args', lambda: K(1, 2))

print("-- cached_property")


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @cached_property
    def area(self):
        "The area, computed once."
        self.computed += 1
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, c.computed, c.__dict__['area'], Circle.area.__doc__)
print(type(Circle.area).__name__, Circle.area.attrname, Circle.area.func.__name__)
c.area = 99
print(c.area)
del c.area
print(c.area, c.computed)
lonely = cached_property(lambda self: 1)
attempt('no set_name', lambda: lonely.__get__(c, Circle))
lonely.__set_name__(Circle, 'first')
lonely.__set_name__(Circle, 'first')
attempt('two names', lambda: lonely.__set_name__(Circle, 'second'))
