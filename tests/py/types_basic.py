# types: the named built-in types (each checked against a live object), SimpleNamespace,
# MappingProxyType, new_class / prepare_class / resolve_bases / get_original_bases,
# DynamicClassAttribute.
import sys
import types

def f():
    pass

def gen():
    yield 1

def closure():
    x = 1
    def inner():
        return x
    return inner

class K:
    __slots__ = ('slot',)
    def method(self):
        pass

checks = [
    ('FunctionType', f), ('LambdaType', lambda: 0), ('CodeType', f.__code__),
    ('CellType', closure().__closure__[0]), ('GeneratorType', gen()),
    ('MethodType', K().method), ('BuiltinFunctionType', len),
    ('BuiltinMethodType', [].append), ('WrapperDescriptorType', object.__init__),
    ('MethodDescriptorType', str.join), ('ModuleType', sys),
    ('GetSetDescriptorType', type.__dict__['__name__']), ('MemberDescriptorType', K.slot),
    ('GenericAlias', list[int]), ('UnionType', int | str), ('EllipsisType', ...),
    ('NoneType', None), ('NotImplementedType', NotImplemented),
]
for name, obj in checks:
    t = getattr(types, name)
    print(f'{name:22} {t.__name__:28} {isinstance(obj, t)}')
print(types.LambdaType is types.FunctionType, types.BuiltinMethodType is types.BuiltinFunctionType)
print(isinstance(f, types.MethodType), isinstance(len, types.FunctionType),
      isinstance(sys, types.FunctionType), isinstance(gen, types.GeneratorType))
try:
    raise ValueError
except ValueError as e:
    print('TracebackType', isinstance(e.__traceback__, types.TracebackType))
print(types.NoneType(), types.EllipsisType(), types.NotImplementedType())

# Making objects of the types directly.
m = types.ModuleType('made', 'its doc')
m.x = 5
print(m.__name__, m.__doc__, m.x, types.ModuleType('nodoc').__doc__)
bound = types.MethodType(lambda self, y: (self, y), 'obj')
print(bound(1), bound.__self__)
print(types.FunctionType(f.__code__, {})())
print(types.GenericAlias(list, (int,)) == list[int], (int | str) == (str | int), types.UnionType)
print(types.GenericAlias(dict, (str, int)), types.MappingProxyType[str, int])

# ── SimpleNamespace ──
ns = types.SimpleNamespace(b=2, a=1)
print(ns, repr(ns), str(ns))
ns.c = 'three'
del ns.a
print(ns, ns.b, vars(ns), sorted(ns.__dict__))
print(types.SimpleNamespace(), types.SimpleNamespace({'x': 1}, y=2),
      types.SimpleNamespace([('k', 'v')], k='kw wins'))
print(types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1),
      types.SimpleNamespace(a=1) != types.SimpleNamespace(a=2),
      types.SimpleNamespace(a=1) == {'a': 1}, types.SimpleNamespace.__hash__)

class Point(types.SimpleNamespace):
    def norm1(self):
        return abs(self.x) + abs(self.y)
p = Point(x=3, y=-4)
print(p, p.norm1(), p == types.SimpleNamespace(x=3, y=-4))
ns = types.SimpleNamespace(name='loop')
ns.me = ns
ns.items = [ns, 1]
print(ns)
nested = types.SimpleNamespace(inner=types.SimpleNamespace(v=[1, 2]), s='str')
print(nested, nested.inner.v)
print(nested.__replace__(s='new'), nested.__reduce__()[1:])
for call in (lambda: types.SimpleNamespace({}, {}), lambda: types.SimpleNamespace({1: 2}),
             lambda: types.SimpleNamespace(**{1: 2}), lambda: types.SimpleNamespace(5),
             lambda: types.SimpleNamespace([(1, 2, 3)]), lambda: types.SimpleNamespace(a=1).b,
             lambda: {types.SimpleNamespace()}):
    try:
        call()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, str(e).replace('types.', ''))
print(types.SimpleNamespace)

# ── MappingProxyType ──
d = {'a': 1, 'b': 2}
mp = types.MappingProxyType(d)
print(types.MappingProxyType, mp, str(mp), len(mp), mp['a'], 'b' in mp, 'z' in mp)
print(list(mp), list(mp.keys()), list(mp.values()), list(mp.items()), list(reversed(mp)))
print(mp.get('a'), mp.get('z'), mp.get('z', 0), mp.copy(), type(mp.copy()).__name__)
d['c'] = 3
print(mp, mp == d, mp == {'a': 1}, mp != d)
print(mp | {'d': 4}, {'z': 0} | mp, mp | types.MappingProxyType({'e': 5}))
def assign():
    mp['a'] = 10
def delete():
    del mp['a']
def ior():
    global mp
    mp |= {'x': 1}
for call in (assign, delete, ior, lambda: mp['missing'], lambda: types.MappingProxyType([1, 2]),
             lambda: types.MappingProxyType(7), lambda: types.MappingProxyType(),
             lambda: hash(mp), lambda: setattr(mp, 'attr', 1)):
    try:
        call()
    except (TypeError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
print(d)

# ── building classes ──
def body(ns):
    ns['greet'] = lambda self: 'hello from ' + type(self).__name__
    ns['value'] = 7
C = types.new_class('C', (), {}, body)
print(C.__name__, C().greet(), C.value, C.__bases__)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
D = types.new_class('D', (C,), {'metaclass': Meta, 'flag': True})
print(type(D).__name__, D.kw, D().greet(), D.__mro__[1] is C)
E = types.new_class('E', (D,))
print(type(E).__name__, E.kw)

print(types.prepare_class('X'), types.prepare_class('X', (int,), {'metaclass': type}))
meta, ns, kw = types.prepare_class('X', (D,), {'flag': 1})
print(meta.__name__, ns, kw)

class PrepMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('__prepare__', name, kw)
        return {'prepared': True}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
F = types.new_class('F', (), {'metaclass': PrepMeta, 'opt': 1})
print(F.prepared)

class Entry:
    def __mro_entries__(self, bases):
        return (C,)
entry = Entry()
print(types.resolve_bases((int, str)), types.resolve_bases((entry, str)))
bases = (int,)
print(types.resolve_bases(bases) is bases)
G = types.new_class('G', (entry,))
print(G.__bases__, G.__orig_bases__ == (entry,), types.get_original_bases(G) == (entry,),
      types.get_original_bases(C), types.get_original_bases(int))

class BadEntry:
    def __mro_entries__(self, bases):
        return C
class M1(type): pass
class M2(type): pass
A1 = M1('A1', (), {})
A2 = M2('A2', (), {})
for call in (lambda: types.resolve_bases((BadEntry(),)),
             lambda: types.new_class('Bad', (A1, A2)),
             lambda: types.get_original_bases(3)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)

# A non-class callable as metaclass is called as it is.
def factory(name, bases, ns, **kw):
    return (name, bases, sorted(ns), kw)
print(types.new_class('H', (int,), {'metaclass': factory, 'k': 1}))

# ── DynamicClassAttribute ──
class WithDCA:
    def __init__(self):
        self._v = 5
    @types.DynamicClassAttribute
    def v(self):
        "the value"
        return self._v
    @v.setter
    def v(self, value):
        self._v = value
w = WithDCA()
print(w.v, end=' ')
w.v = 9
print(w.v, WithDCA.__dict__['v'].__doc__)
for call in (lambda: WithDCA.v, lambda: delattr(w, 'v')):
    try:
        call()
    except AttributeError as e:
        print('AttributeError:', repr(str(e)))
