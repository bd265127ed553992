# collections.abc: the one-method protocols found by __subclasshook__, the registered built-in
# types, the mixin methods of Mapping/MutableMapping/Sequence/MutableSequence/Set/MutableSet,
# abstract-class errors, and generic aliases (Iterable[int], Callable[[int], str]).
import collections
import collections.abc as cabc
from collections.abc import (Hashable, Iterable, Iterator, Reversible, Generator, Sized,
                             Container, Callable, Collection, Set, MutableSet, Mapping,
                             MutableMapping, MappingView, KeysView, ItemsView, ValuesView,
                             Sequence, MutableSequence, Buffer, Awaitable, Coroutine,
                             AsyncIterable, AsyncIterator, AsyncGenerator)

names = [n for n in cabc.__all__ if n != 'ByteString']
print(cabc.__name__, len(cabc.__all__), Mapping, Mapping.__module__)
print(sorted(Mapping.__abstractmethods__), sorted(MutableSequence.__abstractmethods__),
      sorted(MutableSet.__abstractmethods__), sorted(Generator.__abstractmethods__))


def fails(*thunks):
    for thunk in thunks:
        try:
            thunk()
        except Exception as e:
            print(type(e).__name__ + ':', repr(e))


def kinds(obj):
    return [n for n in names if isinstance(obj, getattr(cabc, n))]


def gen():
    yield 1


for obj in [[1], (1,), 'ab', range(3), b'x', bytearray(b'x'), {1: 2}, {1}, frozenset(),
            {}.keys(), {}.items(), {}.values(), iter([]), iter(()), iter('x'), iter({}),
            iter(range(5)), reversed([]), zip(), gen(), 5, 1.5, None, len, gen, int,
            collections.deque(), collections.OrderedDict().keys()]:
    print(type(obj).__name__, kinds(obj))


# Classes recognised by their methods alone (the __subclasshook__s).
class OnlyIter:
    def __iter__(self): return iter([1, 2])
class OnlyLen:
    def __len__(self): return 0
class Unhashable:
    __hash__ = None
class Coll(OnlyLen):
    def __iter__(self): return iter(())
    def __contains__(self, x): return False
class NoIter(OnlyIter):
    __iter__ = None
class Gen:
    def __iter__(self): return self
    def __next__(self): return 1
    def send(self, v): return v
    def throw(self, *a): raise StopIteration
    def close(self): pass
class Aw:
    def __await__(self): yield
class AIt:
    def __aiter__(self): return self
    def __anext__(self): return 1

for cls in (OnlyIter, OnlyLen, Unhashable, Coll, NoIter, Gen, Aw, AIt):
    print(cls.__name__, [n for n in names if issubclass(cls, getattr(cabc, n))])
print(issubclass(list, Hashable), issubclass(tuple, Hashable), isinstance(OnlyIter(), Iterator),
      isinstance([], Reversible), issubclass(dict, Reversible), issubclass(Mapping, Reversible))
class HalfMap(Mapping):
    def __getitem__(self, k): raise KeyError(k)

for abc_cls in [Iterable, Sized, Mapping, MutableMapping, Sequence, MutableSequence, Set,
                MutableSet, Iterator, Generator, Callable, Hashable, Collection, Buffer, HalfMap]:
    try:
        abc_cls()
    except TypeError as e:
        print('TypeError:', e)


# A Mapping and a MutableMapping from the mixins.
class Frozen(Mapping):
    def __init__(self, **kw): self._d = dict(kw)
    def __getitem__(self, k): return self._d[k]
    def __len__(self): return len(self._d)
    def __iter__(self): return iter(self._d)
    def __repr__(self): return 'Frozen(%r)' % self._d
m = Frozen(a=1, b=2)
print(m.get('a'), m.get('z'), m.get('z', 0), 'a' in m, 'z' in m, len(m), list(m))
print(m.keys(), list(m.items()), list(m.values()), 'b' in m.keys(), ('a', 1) in m.items(),
      ('a', 2) in m.items(), 2 in m.values(), 3 in m.values())
print(m == {'a': 1, 'b': 2}, m == Frozen(a=1), m != {'a': 1}, m == [('a', 1)],
      m.keys() & {'a', 'q'}, m.keys() | {'c'} == {'a', 'b', 'c'}, m.items() - {('a', 1)})
print(isinstance(m.keys(), KeysView), isinstance(m.values(), ValuesView), len(m.items()),
      type(m.keys()).__name__, isinstance(m, Hashable), Mapping.__reversed__)
fails(lambda: reversed(m))

class Store(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __len__(self): return len(self._d)
    def __iter__(self): return iter(self._d)

s = Store()
s.update({'a': 1}, b=2)
s.update([('c', 3)])
s.update(Frozen(d=4))
print(dict(s), s.setdefault('a', 9), s.setdefault('e', 5), s.pop('e'), s.pop('zz', 'dflt'))
print(s.popitem(), dict(s))
fails(lambda: s.pop('zz'), lambda: Store().popitem())
s.clear()
print(dict(s), len(s))


# Sequences.
class Seq(Sequence):
    def __init__(self, *items): self._items = list(items)
    def __getitem__(self, i): return self._items[i]
    def __len__(self): return len(self._items)

q = Seq(3, 1, 4, 1, 5)
print(list(q), 4 in q, 9 in q, list(reversed(q)), q.index(1), q.index(1, 2), q.index(5, -1),
      q.count(1), q.count(7))
fails(lambda: q.index(9), lambda: q.index(4, 0, 2), lambda: q.index(3, 1))

class MSeq(MutableSequence):
    def __init__(self): self._items = []
    def __getitem__(self, i): return self._items[i]
    def __setitem__(self, i, v): self._items[i] = v
    def __delitem__(self, i): del self._items[i]
    def __len__(self): return len(self._items)
    def insert(self, i, v): self._items.insert(i, v)
    def __repr__(self): return 'MSeq(%r)' % self._items

ms = MSeq()
ms.append(1); ms.extend([2, 3]); ms += (4,); ms.extend(ms)
print(ms, ms.pop(), ms.pop(0), ms)
ms.remove(3); ms.reverse()
print(ms, isinstance(ms, Sequence), issubclass(MSeq, Reversible))
fails(lambda: ms.remove(99))
ms.clear()
print(ms, len(ms))


# Sets.
class LSet(Set):
    def __init__(self, it=()): self._items = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self._items
    def __iter__(self): return iter(self._items)
    def __len__(self): return len(self._items)
    def __repr__(self): return 'LSet(%r)' % self._items

a, b = LSet([1, 2, 3]), LSet([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a & [3, 9], [3, 9] & a)
print(a <= b, LSet([2]) < a, a >= LSet([1]), a > a, a == LSet([3, 2, 1]), a == {1, 2, 3},
      a != b, a.isdisjoint([7, 8]), a.isdisjoint(b), {1, 2, 3, 4} >= a)
print(a - {1}, {5, 1} - a, a.__rsub__([1, 5]), a.__or__(5), LSet._hash(LSet([1, 2])) == hash(frozenset([1, 2])))

class MSet(LSet, MutableSet):
    def add(self, x):
        if x not in self._items: self._items.append(x)
    def discard(self, x):
        if x in self._items: self._items.remove(x)

ms = MSet([1, 2])
ms |= [3, 4]; ms -= [1]; ms ^= {4, 5}; ms &= [2, 3, 5, 6]
print(ms, ms.pop(), ms)
ms.remove(3)
fails(lambda: ms.remove(42), lambda: MSet().pop())
ms.add(7); ms ^= ms
print(ms, isinstance(ms, MutableSet), isinstance(frozenset(), MutableSet))


# Registration, generic aliases, and the view and Generator mixins.
class Virtual:
    pass
Sequence.register(Virtual)
print(issubclass(Virtual, Sequence), issubclass(Virtual, Collection), issubclass(Virtual, MutableSequence))
print(Iterable[int], Mapping[str, int], Callable[[int, str], bool], Callable[..., int],
      Callable[[], None].__args__, Callable[[int], str].__origin__)
fails(lambda: Callable[int], lambda: Callable[int, str])
print(repr(KeysView({'x': 1})), list(ItemsView({'x': 1})), list(ValuesView({'x': 1})), len(MappingView([1, 2])))

class Countdown(Generator):
    def __init__(self, n): self.n = n
    def send(self, v):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
    def throw(self, typ, val=None, tb=None):
        raise typ

print(list(Countdown(3)), next(Countdown(5)), Countdown(2).close())
