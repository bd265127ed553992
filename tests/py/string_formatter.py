# string.Formatter: format/vformat agree with str.format; parse, get_field, get_value,
# convert_field, format_field and check_unused_args as overridable steps; the parser's errors.
import string
from string import Formatter

fmt = Formatter()


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __format__(self, spec):
        return 'P<%s,%s>%s' % (self.x, self.y, spec)

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


p = Point(1, 2)
data = {'k': [10, 20, 30], 'name': 'Ada', 3: 'three'}
cases = [
    ('plain text', (), {}),
    ('', (), {}),
    ('{} and {}', ('a', 'b'), {}),
    ('{1}{0}{1}', ('a', 'b'), {}),
    ('{name}!', (), {'name': 'Ada'}),
    ('{0.x}/{0.y}', (p,), {}),
    ('{d[k][1]} {d[name]} {d[3]}', (), {'d': data}),
    ('{0[k]}', (data,), {}),
    ('{!r} {!s} {!a}', ('é', 'é', 'é'), {}),
    ('{:>8}|{:<6}|{:^7}|', ('r', 'l', 'c'), {}),
    ('{:*^11,}', (1234567,), {}),
    ('{0:.{1}f}', (3.14159, 2), {}),
    ('{:{}{}}', ('x', '>', 5), {}),
    ('{v:{w}.{p}}', (), {'v': 2.718281, 'w': 10, 'p': 3}),
    ('{{literal}} {{{0}}}', ('in',), {}),
    ('}}{{', (), {}),
    ('{0!r:>12}', ('hi',), {}),
    ('{:x} {:#o} {:b} {:e} {:%}', (255, 8, 5, 12345.678, 0.25), {}),
    ('{}', (p,), {}),
    ('{:spec}', (p,), {}),
    ('{0[0]}{0[1]}', ('ab',), {}),
    ('{[1]}', ([7, 8],), {}),
    ('{.real}', (5,), {}),
    ('{0[ ]}', ({' ': 'space'},), {}),
    ('{0[-1]}', ({'-1': 'str key'},), {}),
    ('{x.y}', (), {'x': p}),
    ('{:}', (42,), {}),
    ('{!s:}', (42,), {}),
]
for s, args, kwargs in cases:
    mine = fmt.format(s, *args, **kwargs)
    print(repr(s), '->', repr(mine), mine == s.format(*args, **kwargs))
print(fmt.vformat('{0}-{a}', (1,), {'a': 2}), fmt.format('{self} {format_string}', self=1, format_string=2))

print(list(fmt.parse('a{0}b{x!r:>5}c{{d}}e{}')))
print(list(fmt.parse('')), list(fmt.parse('just text')), list(fmt.parse('{}')))
print(list(fmt.parse('{0:{1}}')), list(fmt.parse('{a[b:c]!s}')), list(fmt.parse('x{{')))
print(list(fmt.parse('{0!r}')), list(fmt.parse('{:}')), list(fmt.parse('}}')))
print(fmt.get_field('0.x', (p,), {}), fmt.get_field('d[k]', (), {'d': data}))
print(fmt.get_value(0, ('zero',), {}), fmt.get_value('n', (), {'n': 'en'}))
print(fmt.convert_field('é', 'a'), fmt.convert_field(1, None), fmt.convert_field('s', 'r'))
print(fmt.format_field(3.5, '08.3f'), fmt.format_field('x', ''))
print(fmt.format('{٣}', *'abcd'), fmt.format('{0[١٢]}', list(range(20))))   # Unicode decimal digits

errors = [
    ('{', ()), ('}', ()), ('a}b', ()), ('{0', ()), ('{0:', ()), ('{0!}', ()),
    ('{0!r', ()), ('{0!rx}', ()), ('{0!x}', (1,)), ('{a{b}', ()), ('{0[}', (1,)),
    ('{0[0]x}', ([1],)), ('{0.}', (1,)), ('{0[]}', ([1],)), ('{} {0}', (1, 2)),
    ('{0} {}', (1, 2)), ('{0}', ()), ('{x}', ()), ('{0.nope}', (1,)), ('{0[5]}', ([1],)),
    ('{:{:{}}}', (1, 2, 3)), ('{:d}', ('s',)), ('{0:{1}', (1, 2)), ('{!}', (1,)),
    ('{0[0}', ([1],)),
]
for s, args in errors:
    try:
        print(repr(s), 'ok', repr(fmt.format(s, *args)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        theirs = None
        try:
            s.format(*args)
        except Exception as e2:
            theirs = type(e2).__name__
        print(repr(s), type(e).__name__, e, '| str.format:', theirs)
for bad in (lambda: fmt.format(5), lambda: list(fmt.parse(None)), lambda: fmt.convert_field(1, 'q'),
            lambda: fmt.format()):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# Errors inside a field come only when parse() reaches them.
it = iter(fmt.parse('ok{0}then}'))
print(next(it))
try:
    next(it)
except ValueError as e:
    print('lazy:', e)


class Defaulting(Formatter):
    # Missing names become '<name?>'; unused arguments are an error.
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, '<%s?>' % key)
        return Formatter.get_value(self, key, args, kwargs)

    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        unused |= set(range(len(args))) - used_args
        if unused:
            raise ValueError('unused: %s' % sorted(unused, key=str))


d = Defaulting()
print(d.format('{a} {b} {0}', 'zero', a='A'))
try:
    d.format('{a}', 1, a=2, extra=3)
except ValueError as e:
    print('ValueError', e)


class Upper(Formatter):
    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return Formatter.convert_field(self, value, conversion)

    def format_field(self, value, format_spec):
        if format_spec == 'stars':
            return '*' * len(str(value))
        return Formatter.format_field(self, value, format_spec)


u = Upper()
print(u.format('{0!u} {0!r} {1:stars} {1:>4}', 'shout', 'abc'))


class Tracing(Formatter):
    def parse(self, format_string):
        pieces = list(Formatter.parse(self, format_string))
        print('  parse', repr(format_string), len(pieces))
        return pieces


print(Tracing().format('{0:{1}} {2}', 'x', '>3', 'y'))
print(string.Formatter is Formatter, 'Formatter' in string.__all__)
