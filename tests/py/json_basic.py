# json: dumps/loads/dump/load and JSONDecodeError, compared byte for byte with CPython.
import json


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        notes = getattr(e, '__notes__', None)
        if notes:
            print('   notes:', notes)
    else:
        print(label, '->', ascii(r))


# ───────────── dumps: scalars ─────────────
for v in [None, True, False, 0, 1, -5, 10 ** 30, -(10 ** 25), 1.5, -0.0, 0.1, 3.0, 1e16,
          1e100, 1e-7, 5e-324, 1.7976931348623157e308, 123456789.125,
          float('nan'), float('inf'), float('-inf')]:
    print(json.dumps(v))
for v in [float('nan'), float('inf'), float('-inf'), [1, float('inf')],
          {float('nan'): 1}]:
    show('allow_nan=False', lambda: json.dumps(v, allow_nan=False))

# ───────────── dumps: strings ─────────────
for s in ['', 'hello', 'a"b\\c/d', '\b\f\n\r\t', '\x00\x01\x1f\x7f', 'caf\xe9', '\u2028\u20ac',
          '\U0001F600', 'x\U00010000y\U0010FFFFz', '\ud800', '\udc00\ud83d',
          'mixed \u00e9 \U0001F600 "q" \\ \n end']:
    print(json.dumps(s), ascii(json.dumps(s, ensure_ascii=False)))
print(json.dumps(['caf\xe9', {'\xe9': '\U0001F600'}], ensure_ascii=False))

# ───────────── dumps: containers ─────────────
print(json.dumps([]), json.dumps({}), json.dumps(()), json.dumps([[]]), json.dumps([{}]))
print(json.dumps([1, 'two', 3.0, None, True, [False, []], {'k': (1, 2)}]))
print(json.dumps((1, (2, (3,)))))
print(json.dumps({'b': 1, 'a': 2, 'c': {'z': [], 'y': {}}}))
print(json.dumps({'b': 1, 'a': 2, 'c': {'z': [], 'y': {}}}, sort_keys=True))
print(json.dumps({1: 'int', 2.5: 'float', True: 'true', False: 'false', None: 'null'}))
print(json.dumps({1: 'a', '1': 'b'}))
print(json.dumps({float('inf'): 1, float('-inf'): 2, -0.0: 3, 10 ** 20: 4}))
print(json.dumps({3: 'c', 1: 'a', 2: 'b'}, sort_keys=True))
show('tuple key', lambda: json.dumps({(1, 2): 'x'}))
show('bytes key', lambda: json.dumps({'a': 1, b'k': 2}))
show('frozenset key', lambda: json.dumps({frozenset(): 1}))
print(json.dumps({(1, 2): 'x', 'a': 1, b'k': 2, 'b': 2}, skipkeys=True))
show('mixed sort', lambda: json.dumps({1: 'a', 'b': 2}, sort_keys=True))
a = [1]
print(json.dumps([a, a, {'x': a}]))

# ───────────── indent and separators ─────────────
doc = {'name': 'minipy', 'tags': ['a', 'b'], 'empty': [], 'none': {}, 'nested': {'x': [1, {'y': None}]}}
print(json.dumps(doc, indent=2))
print(json.dumps(doc, indent=0))
print(json.dumps(doc, indent='\t'))
print(json.dumps(doc, indent='--', sort_keys=True))
print(json.dumps([1, [2, 3]], indent=-1))
print(json.dumps([1, [2, 3]], indent=4, separators=(' ,', ' : ')))
print(json.dumps(doc, separators=(',', ':')))
print(json.dumps(doc, separators=(';', '=')))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[], {}], indent=2))
print(json.dumps('s', indent=2), json.dumps(5, indent=2))

# ───────────── default= and unserializable objects ─────────────


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def enc(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError('cannot encode ' + type(o).__name__)


print(json.dumps([Point(1, 2), {3, 1, 2}], default=enc))
print(json.dumps({'p': Point(0, Point(5, 6))}, default=enc, indent=1))
print(json.dumps(Point(1, 2), default=lambda o: o.__dict__, sort_keys=True))
print(json.dumps({2, 1}, default=sorted))
show('set', lambda: json.dumps({1, 2}))
show('bytes', lambda: json.dumps(b'abc'))
show('object', lambda: json.dumps(Point(1, 2)))
show('nested', lambda: json.dumps([1, {'a': [2, set()]}]))
show('nested key int', lambda: json.dumps({5: [object()]}))
show('default raises', lambda: json.dumps([1, Point(1, 2), object()], default=enc))
show('default inner', lambda: json.dumps([Point(1, object())], default=enc))
show('range', lambda: json.dumps(range(3)))

# ───────────── circular references ─────────────
lst = [1, 2]
lst.append(lst)
show('circular list', lambda: json.dumps(lst))
d = {'a': 1}
d['self'] = d
show('circular dict', lambda: json.dumps(d))
d2 = {'k': [{'deep': None}]}
d2['k'][0]['deep'] = d2
show('circular deep', lambda: json.dumps(d2))


class Loop:
    pass


loop = Loop()
show('circular default', lambda: json.dumps(loop, default=lambda o: [o]))
show('circular default2', lambda: json.dumps(loop, default=lambda o: o))

# ───────────── subclasses ─────────────


class MyInt(int):
    def __repr__(self):
        return 'MyInt!'


class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'


class MyStr(str):
    pass


class MyList(list):
    pass


class MyDict(dict):
    pass


print(json.dumps([MyInt(7), MyFloat(2.5), MyStr('s'), MyList([1]), MyDict(a=1)]))
print(json.dumps({MyInt(3): MyStr('v'), MyFloat(0.5): 1}))
show('list subclass note', lambda: json.dumps(MyList([1, {2}])))
show('dict subclass note', lambda: json.dumps(MyDict(k=MyList([{3}]))))
print(json.dumps({(1,): 2}, skipkeys=True, indent=2), json.dumps([{(1,): 2}], skipkeys=True, indent=2))

# ───────────── JSONEncoder / JSONDecoder classes ─────────────


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return json.JSONEncoder.default(self, o)


print(json.dumps({'s': {3, 1, 2}, 'f': frozenset([9])}, cls=SetEncoder, sort_keys=True))
show('SetEncoder fallback', lambda: json.dumps([object()], cls=SetEncoder))
print(SetEncoder(indent=1).encode([1, [2]]))
print(json.JSONEncoder(separators=(',', ':')).encode({'a': [1, 2]}))
print(json.JSONDecoder().decode(' [1, {"a": 2}] '))
print(json.JSONDecoder().raw_decode('[1, 2] trailing'))
print(json.JSONDecoder().raw_decode('{"a": 1}xyz'))
show('raw_decode ws', lambda: json.JSONDecoder().raw_decode('  1'))
print(json.JSONDecodeError, json.JSONDecoder, json.JSONEncoder)

# ───────────── dump / load with a file-like object ─────────────


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


class Reader:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text


w = Writer()
json.dump({'a': [1, 2.5, 'x'], 'b': None}, w)
print(''.join(w.parts))
w = Writer()
json.dump([1, {'k': 'v'}], w, indent=3, sort_keys=True)
print(''.join(w.parts))
print(json.load(Reader('{"a": [1, 2, {"b": null}], "c": "\\u00e9"}')))
show('load bad', lambda: json.load(Reader('[1, 2')))

# ───────────── loads: values ─────────────
for text in ['null', 'true', 'false', '0', '-0', '12', '-12', '1.5', '-0.0', '1e5', '1E5',
             '1e-3', '1.25e+2', '2E-2', '123456789012345678901234567890', '1e400', '-1e400',
             '"abc"', '""', '[]', '{}', ' \t\n\r [ 1 , 2 ] \n', '[1,[2,[3,[]]]]',
             '{"a": {"b": [true, false, null]}}', '{"a":1,"a":2}',
             '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"\\u0041\\u00e9\\u20ac"', '"\\ud83d\\ude00"',
             '"\\uD83D\\uDE00"', '"\\ud83d"', '"\\ude00"', '"\\ud83dx"', '"\\ud83d\\u0041"',
             '"\\ud83d\\ud83d\\ude00"', '"caf\xe9 \U0001F600"', '"\x7f"',
             'NaN', 'Infinity', '-Infinity', '[NaN, Infinity, -Infinity]',
             '{"x": -Infinity}', '  "padded"  ']:
    show(repr(text), lambda: json.loads(text))
r = json.loads('[1, 1.0, 10000000000000000000000, 1e2]')
print([type(x).__name__ for x in r])

# ───────────── loads: errors ─────────────
bad = ['', ' ', '   \n  ', '[', '[1', '[1,', '[1,]', '[1 2]', '[1,,2]', '[,1]', ']',
       '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '{"a" 1}', '{1:2}', "{'a':1}",
       '{"a":1 "b":2}', '{"a":1,2}', '{,}', '"abc', '"', '"a\nb"', '"a\tb"', '"\x00"',
       '"a\\x"', '"\\', '"\\u', '"\\u12', '"\\u12"', '"\\u12G4"', '"\\uXYZW"',
       '"\\ud83d\\u12"', '"abc\\', '[1] x', '1 2', '{} {}', 'nul', 'tru', 'fals', 'nulls',
       'truex', 'NAN', 'nan', 'infinity', '-', '-x', '--1', '+1', '01', '-01', '1.', '1.e5',
       '.5', '1e', '1e+', '1E-x', '0x10', '[-]', '[1.]', '-NaN', '-Inf',
       '[\n  1,\n  2\n  x]', '{"a":\n}', '{\n"a": 1,\n\n}', 'true false', '[true, fals]',
       '\x00', '[\n1,\n]', '\ufeff[]', '{"a": [1, 2}', '[{"a": 1]', '"\u2028"x']
for text in bad:
    show(repr(text), lambda: json.loads(text))

# ───────────── JSONDecodeError attributes ─────────────
try:
    json.loads('{\n  "a": 1,\n  "b" 2\n}')
except json.JSONDecodeError as e:
    print(type(e).__name__, e)
    print(repr(e.msg), e.pos, e.lineno, e.colno, repr(e.doc))
    print(isinstance(e, ValueError), issubclass(json.JSONDecodeError, ValueError), e.args)
try:
    json.loads('[1,\n2,\n')
except ValueError as e:
    print(type(e).__name__, e, e.lineno, e.colno)
err = json.JSONDecodeError('Custom', 'ab\ncd\nef', 7)
print(err, err.msg, err.pos, err.lineno, err.colno)

# ───────────── loads: bytes and wrong types ─────────────
print(json.loads(b'[1, "\xc3\xa9"]'))
print(json.loads(bytearray(b'{"a": 1}')))
print(json.loads(b'\xef\xbb\xbf[2]'))
show('int arg', lambda: json.loads(5))
show('None arg', lambda: json.loads(None))
show('list arg', lambda: json.loads([1]))

# ───────────── hooks ─────────────
print(json.loads('{"a": 1, "b": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda p: p))
print(json.loads('[1, 2.5, 3]', parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda s: 'C' + s))
print(json.loads('"a\tb"', strict=False), ascii(json.loads('["x\ny"]', strict=False)))

# ───────────── round trips ─────────────
samples = [None, [1, 2, 3], {'a': [1.5, -2, 'x\ny'], 'b': {'c': None, 'd': True}},
           'tab\there \U0001F600 \u00e9', [[[[]]]], {'': ''}, -1.25e-10, 2 ** 64]
for s in samples:
    t = json.dumps(s)
    back = json.loads(t)
    print(back == s, json.dumps(back) == t, json.loads(json.dumps(s, indent=2, ensure_ascii=False)) == s)
print(json.loads(json.dumps({1: 2, 2.5: 3, None: 4, True: 5})))
big = {'users': [{'id': i, 'name': 'user%d' % i, 'score': i * 1.5, 'ok': i % 2 == 0}
                  for i in range(5)], 'count': 5}
print(json.dumps(big, indent=4, sort_keys=True))
print(json.loads(json.dumps(big)) == big)
