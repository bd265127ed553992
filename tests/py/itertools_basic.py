# itertools: results and laziness of every tool (lib/itertools.py).
import itertools
from itertools import (accumulate, batched, chain, combinations, combinations_with_replacement,
                       compress, count, cycle, dropwhile, filterfalse, groupby, islice, pairwise,
                       permutations, product, repeat, starmap, takewhile, tee, zip_longest)
import operator


class Noisy:
    """An iterator over items that logs every item handed out, to show laziness."""

    def __init__(self, items, log):
        self.it = iter(items)
        self.log = log

    def __iter__(self):
        return self

    def __next__(self):
        item = next(self.it)
        self.log.append(item)
        return item


print("-- count")
print(list(islice(count(), 5)))
print(list(islice(count(10), 3)))
print(list(islice(count(1, 3), 4)))
print(list(islice(count(5, -2), 4)))
print(list(islice(count(0.5, 0.25), 4)))
print(list(islice(count(step=2), 3)))
print(list(islice(count(start=7), 2)))
print(list(zip(count(2**62), 'abc')))
c = count(3)
print(next(c), next(c), repr(c))
print(repr(count()), repr(count(5)), repr(count(5, 2)), repr(count(1.5)), repr(count(0, 1.0)))
print(repr(count(2, True)), repr(count(-3, -1)), repr(count(2**70)), repr(count(1, 2**70)))
print(type(count()).__name__, iter(c) is c)

print("-- cycle")
print(list(islice(cycle('abc'), 8)))
print(list(cycle([])))
log = []
cy = cycle(Noisy([1, 2], log))
print([next(cy) for i in range(5)], log[:])

print("-- repeat")
print(list(repeat('x', 3)), list(repeat(1, 0)), list(repeat(1, -2)))
print(list(islice(repeat(None), 3)))
print(list(map(pow, range(5), repeat(2))))
r = repeat('a', 2)
print(repr(r), next(r), repr(r), next(r), repr(r), list(r))
print(repr(repeat('a')), repr(repeat([1], 4)), repr(repeat('a', -3)))
print(repeat(1, 5).__length_hint__(), operator.length_hint(repeat(1, 3)),
      operator.length_hint(repeat(1), 7))
print(list(repeat(times=2, object='o')))

print("-- accumulate")
print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=100)), list(accumulate([])))
print(list(accumulate(['a', 'b', 'c'])))
print(list(accumulate([1, 2, 3], func=lambda a, b: a * 10 + b, initial=0)))
print(list(accumulate([1, 2], None, initial=None)))

print("-- batched")
print(list(batched('ABCDEFG', 3)))
print(list(batched(range(6), 2)), list(batched([], 4)), list(batched('ab', 5)))
print(list(batched('abcd', 2, strict=True)))
try:
    print(list(batched('abcde', 2, strict=True)))
except ValueError as e:
    print('ValueError', e)
b = batched('abcde', 2, strict=True)
print(next(b), next(b))
try:
    next(b)
except ValueError as e:
    print('ValueError', e)
print(list(b))

print("-- chain")
print(list(chain('abc', [1, 2], (), range(2))))
print(list(chain()), list(chain([])))
print(list(chain.from_iterable(['ab', [1], ''])))
print(list(chain.from_iterable(x * 'z' for x in range(4))))
ch = chain([1], 5, [2])
print(next(ch))
try:
    next(ch)
except TypeError as e:
    print('TypeError', e)
print(list(ch))
log = []
ch = chain(Noisy('ab', log), Noisy('cd', log))
print(next(ch), log[:], next(ch), next(ch), log[:])

print("-- compress")
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(compress('ABC', [0, 1])), list(compress('AB', [1, 1, 1, 1])))
print(list(compress(data=range(5), selectors=[True, False, True])))
print(list(compress(range(10), cycle([0, 1]))))

print("-- dropwhile / takewhile")
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 3, 8])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 3, 8])))
print(list(dropwhile(bool, [])), list(takewhile(bool, [])))
print(list(dropwhile(lambda x: True, [1, 2])), list(takewhile(lambda x: True, [1, 2])))
log = []
tw = takewhile(lambda x: x < 3, Noisy([1, 2, 3, 4], log))
print(list(tw), log[:], list(tw), log[:])
src = iter([1, 2, 3, 4, 5])
print(list(takewhile(lambda x: x != 3, src)), list(src))

print("-- filterfalse")
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, '', 'a', None, [], [0]])))
print(list(filterfalse(bool, [0, 1, False, 2])))

print("-- groupby")
print([k for k, g in groupby('AAAABBBCCDAABBB')])
print([(k, list(g)) for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby([1, 2, 4, 5, 7], key=lambda x: x % 2)])
print([(k, len(list(g))) for k, g in groupby(sorted('mississippi'))])
print(list(groupby([])))
groups = []
keys = []
for k, g in groupby('aabbbc'):
    groups.append(g)
    keys.append(k)
print(keys, [list(g) for g in groups])
gb = groupby('aaabbc')
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
gb = groupby('aabb')
k, g = next(gb)
print(list(g), list(g), next(gb)[0])
print([(k, list(g)) for k, g in groupby([('a', 1), ('a', 2), ('b', 3)], operator.itemgetter(0))])
nan = float('nan')
print([(k, list(g)) for k, g in groupby([nan, nan, 1.0])])
print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2])])
print(type(groupby('a')).__name__, type(next(groupby('a'))[1]).__name__)
log = []
gb = groupby(Noisy('aabc', log))
k, g = next(gb)
print(k, log[:], next(g), log[:], next(g), log[:])

print("-- islice")
print(list(islice('ABCDEFG', 2)))
print(list(islice('ABCDEFG', 2, 4)))
print(list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)))
print(list(islice('ABCDEFG', 1, 6, 2)))
print(list(islice('ABCDEFG', None)), list(islice('ABC', None, None, None)))
print(list(islice('ABCDEFG', 5, 3)), list(islice('ABC', 0)), list(islice('ABC', 10)))
print(list(islice(range(100), 10, 50, 15)))
print(list(islice('ABCDE', True, 3)))
src = iter(range(10))
print(list(islice(src, 3)), next(src))
src = iter(range(10))
print(list(islice(src, 5, 3)), next(src))
src = iter(range(10))
print(list(islice(src, 1, 6, 3)), next(src))
log = []
s = islice(Noisy(range(10), log), 2, 8, 3)
print(log[:], next(s), log[:], next(s), log[:])
print(list(s), log[:])


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print(list(islice('abcdef', Idx(1), Idx(5), Idx(2))))

print("-- pairwise")
print(list(pairwise('ABCDE')), list(pairwise('A')), list(pairwise('')))
print(list(pairwise(range(4))))

print("-- starmap")
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(max, ['ab', [3, 1, 2]])), list(starmap(lambda: 'x', [(), ()])))

print("-- tee")
a, b = tee(range(5))
print(next(a), next(a), list(b), list(a))
print(tee('abc', 0), len(tee('abc', 3)), [list(t) for t in tee('ab', 3)])
log = []
a, b = tee(Noisy('xyz', log))
print(next(a), log[:], next(b), log[:], next(b), next(b), log[:], list(a))
t = tee('abc')[0]
print(next(t))
a, b = tee(t)
print(a is t, b is t, list(a), list(b), list(t))
t1, = tee([1, 2, 3], 1)
t2 = t1.__copy__()
print(next(t1), list(t2), list(t1))
print(type(tee('a')[0]).__name__, iter(t1) is t1)

print("-- zip_longest")
print(list(zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(zip_longest('AB', range(3), [None])))
print(list(zip_longest()), list(zip_longest('ab')), list(zip_longest([], [])))
print(list(zip_longest('a', 'bcd', 'ef', fillvalue=0)))

print("-- product")
print(list(product('ab', range(2))))
print(list(product(range(2), repeat=3)))
print(list(product('ab', 'c', repeat=2)))
print(list(product()), list(product(repeat=5)), list(product('ab', repeat=0)))
print(list(product('ab', [])), list(product([], 'ab')))
print(len(list(product(range(3), range(4), range(5)))))
log = []
p = product(Noisy('ab', log), Noisy('xy', log))
print(log[:], next(p))

print("-- permutations")
print(list(permutations('ABC')))
print(list(permutations(range(4), 2)))
print(list(permutations('AB', 0)), list(permutations('AB', 3)), list(permutations([])))
print(list(permutations([1, 1])), len(list(permutations(range(5)))))
print([''.join(p) for p in permutations('abcd', 3)][:10])
print(list(permutations(iterable='xy', r=1)))

print("-- combinations")
print(list(combinations('ABCD', 2)))
print(list(combinations(range(4), 3)))
print(list(combinations('ABC', 0)), list(combinations('ABC', 4)), list(combinations([], 0)))
print(len(list(combinations(range(10), 4))), list(combinations('ab', r=2)))

print("-- combinations_with_replacement")
print(list(combinations_with_replacement('ABC', 2)))
print(list(combinations_with_replacement(range(2), 3)))
print(list(combinations_with_replacement('AB', 0)), list(combinations_with_replacement('', 2)))
print(list(combinations_with_replacement('', 0)), list(combinations_with_replacement('A', 3)))
print(len(list(combinations_with_replacement(range(5), 3))))

print("-- StopIteration raised by a callback ends the iteration")


def stopper(x):
    raise StopIteration


for name, make in [('takewhile', lambda: takewhile(stopper, [1, 2])),
                   ('dropwhile', lambda: dropwhile(stopper, [1, 2])),
                   ('filterfalse', lambda: filterfalse(stopper, [1, 2])),
                   ('groupby', lambda: groupby([1, 2], stopper)),
                   ('starmap', lambda: starmap(stopper, [(1,), (2,)])),
                   ('accumulate', lambda: accumulate([1, 2, 3], lambda a, b: stopper(a)))]:
    print(name, list(make()))

print("-- recipes")


def take(n, iterable):
    return list(islice(iterable, n))


def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)


def roundrobin(*iterables):
    iterators = map(iter, iterables)
    for num_active in range(len(iterables), 0, -1):
        iterators = cycle(islice(iterators, num_active))
        yield from map(next, iterators)


def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))


def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))


def sliding_window(iterable, n):
    it = iter(iterable)
    window = list(islice(it, n - 1))
    for x in it:
        window.append(x)
        yield tuple(window)
        del window[0]


print(take(3, count(7)), list(flatten([[1, 2], [3]])))
print(list(roundrobin('ABC', 'D', 'EF')))
print(list(powerset([1, 2, 3])))
print(list(unique_justseen('AAAABBBCCDAABBB')), list(unique_justseen('ABBcCAD', str.lower)))
print(list(sliding_window('ABCDEFG', 4)))
print(sum(1 for _ in combinations(range(8), 3)), dict(zip('abc', count(1))))
print(sorted(set(x % 3 for x in islice(count(), 20))))
print([list(g) for k, g in groupby(sorted([5, 1, 12, 3, 15, 7]), key=lambda x: x // 5)])
