# itertools: argument checking when a tool is created, and errors while it runs.
import itertools as it


def attempt(label, make):
    try:
        result = make()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', 'ok', type(result).__name__)


print("-- positional-only tools")
attempt('cycle()', lambda: it.cycle())
attempt('cycle(1)', lambda: it.cycle(1))
attempt('cycle(a, b)', lambda: it.cycle('a', 'b'))
attempt('cycle(x=)', lambda: it.cycle(iterable='a'))
attempt('dropwhile(None)', lambda: it.dropwhile(None))
attempt('takewhile(1)', lambda: it.takewhile(1))
attempt('filterfalse(None)', lambda: it.filterfalse(None))
attempt('starmap(1, 1)', lambda: it.starmap(1, 1))
attempt('pairwise()', lambda: it.pairwise())
attempt('pairwise(1)', lambda: it.pairwise(1))
attempt('chain(x=1)', lambda: it.chain(x=1))
attempt('tee()', lambda: it.tee())
attempt('tee([], 1, 2)', lambda: it.tee([], 1, 2))
attempt('tee([], -1)', lambda: it.tee([], -1))
attempt("tee([], 'a')", lambda: it.tee([], 'a'))
attempt('tee(1)', lambda: it.tee(1))

print("-- islice arguments")
attempt('islice([])', lambda: it.islice([]))
attempt('islice 5 args', lambda: it.islice([], 1, 2, 3, 4))
attempt('islice(stop=3)', lambda: it.islice([], stop=3))
attempt('islice(1, 2)', lambda: it.islice(1, 2))
attempt('islice([], 1.5)', lambda: it.islice([], 1.5))
attempt('islice([], -1)', lambda: it.islice([], -1))
attempt('islice([], -2)', lambda: it.islice([], -2))
attempt("islice([], 'a', 2)", lambda: it.islice([], 'a', 2))
attempt('islice([], -1, 2)', lambda: it.islice([], -1, 2))
attempt('islice([], 1, -5)', lambda: it.islice([], 1, -5))
attempt('islice([], 1, 2, 0)', lambda: it.islice([], 1, 2, 0))
attempt('islice([], 1, 2, -1)', lambda: it.islice([], 1, 2, -1))
attempt("islice([], 1, 2, 'x')", lambda: it.islice([], 1, 2, 'x'))
attempt('islice([], 2**100)', lambda: it.islice([], 2**100))
attempt('islice([], -2**100)', lambda: it.islice([], -2**100))
attempt('islice([], 2**100, 3)', lambda: it.islice([], 2**100, 3))
attempt('islice(1, -1)', lambda: it.islice(1, -1))

print("-- counts and sizes")
attempt("count('a')", lambda: it.count('a'))
attempt("count(1, 'a')", lambda: it.count(1, 'a'))
attempt('count([])', lambda: it.count([]))
attempt('count(None)', lambda: it.count(None))
attempt('count(True)', lambda: it.count(True))
attempt("repeat(1, 'a')", lambda: it.repeat(1, 'a'))
attempt('repeat(1, 1.5)', lambda: it.repeat(1, 1.5))
attempt('repeat(1).__length_hint__()', lambda: it.repeat(1).__length_hint__())
attempt('batched([], 0)', lambda: it.batched([], 0))
attempt('batched([], -3)', lambda: it.batched([], -3))
attempt("batched([], 'a')", lambda: it.batched([], 'a'))
attempt('batched(1, 2)', lambda: it.batched(1, 2))
attempt('product(1)', lambda: it.product(1))
attempt('product(repeat=-1)', lambda: it.product([], repeat=-1))
attempt("product(repeat='a')", lambda: it.product([], repeat='a'))
attempt('product(x=1)', lambda: it.product([], x=1))
attempt('permutations([], -1)', lambda: it.permutations([], -1))
attempt("permutations([], 'a')", lambda: it.permutations([], 'a'))
attempt('permutations([], 1.0)', lambda: it.permutations([], 1.0))
attempt('permutations(1)', lambda: it.permutations(1))
attempt('combinations([], -1)', lambda: it.combinations([], -1))
attempt("combinations([], 'a')", lambda: it.combinations([], 'a'))
attempt('combinations(1, 2)', lambda: it.combinations(1, 2))
attempt('cwr([], -1)', lambda: it.combinations_with_replacement([], -1))
attempt('cwr([], 1.5)', lambda: it.combinations_with_replacement([], 1.5))
attempt('zip_longest(1)', lambda: it.zip_longest(1))
attempt('zip_longest(x=1)', lambda: it.zip_longest([], x=1))
attempt('zip_longest(fillvalue, x)', lambda: it.zip_longest([], fillvalue=1, x=2))
attempt('accumulate(1)', lambda: it.accumulate(1))
attempt('compress(1, [])', lambda: it.compress(1, []))
attempt('compress([], 1)', lambda: it.compress([], 1))
attempt('groupby(1)', lambda: it.groupby(1))

print("-- errors while running")
attempt('dropwhile(None, [1])', lambda: list(it.dropwhile(None, [1])))
attempt('takewhile(None, [1])', lambda: list(it.takewhile(None, [1])))
attempt('starmap(pow, [1])', lambda: list(it.starmap(pow, [1])))
attempt('starmap(pow, [(1,)])', lambda: list(it.starmap(pow, [(1,)])))
attempt("accumulate([1, 'a'])", lambda: list(it.accumulate([1, 'a'])))
attempt('groupby key error', lambda: list(it.groupby([1, 0], lambda x: 1 // x)))
attempt('chain(1)', lambda: list(it.chain(1)))
attempt('chain.from_iterable([1])', lambda: list(it.chain.from_iterable([1])))
attempt('chain.from_iterable(1)', lambda: it.chain.from_iterable(1))


def broken():
    yield 1
    raise KeyError('inside')


z = it.zip_longest(broken(), 'abc')
print(next(z))
attempt('zip_longest broken', lambda: next(z))
print(list(z))
c = it.chain(broken(), 'xy')
print(next(c))
attempt('chain broken', lambda: next(c))
print(list(c))
p = it.pairwise(broken())
attempt('pairwise broken', lambda: next(p))
print(list(p))

print("-- types and reprs")
for obj in [it.count(), it.cycle('a'), it.repeat(1), it.accumulate([]), it.batched([], 1),
            it.chain(), it.chain.from_iterable([]), it.compress([], []),
            it.dropwhile(None, []), it.takewhile(None, []), it.filterfalse(None, []),
            it.groupby([]), it.islice([], 1), it.pairwise([]), it.starmap(None, []),
            it.tee([])[0], it.zip_longest(), it.product(), it.permutations([]),
            it.combinations([], 1), it.combinations_with_replacement([], 1)]:
    print(type(obj).__name__, type(obj).__module__, iter(obj) is obj)
print(repr(it.count(7)), repr(it.count(-1, 0)), repr(it.count(0.0)), repr(it.count(2, 0.5)))
print(repr(it.repeat(None)), repr(it.repeat('x', 0)), repr(it.repeat((1, 2), 2)))


class MyCount(it.count):
    pass


m = MyCount(3, 2)
print(repr(m), next(m), next(m), repr(m), isinstance(m, it.count))
print(it.count.__name__, it.chain.from_iterable.__name__, it.tee.__name__)
