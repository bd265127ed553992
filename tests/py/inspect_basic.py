# inspect: predicates, getmembers/getdoc/cleandoc/unwrap/getattr_static, and signatures
# (str, kinds, bind/bind_partial and their errors, replace, classes, partial, __signature__).
import inspect
import functools
import abc
from inspect import Parameter, Signature


def plain(a, b=2):
    """Add things.

        Indented more.
    Back."""
    return a + b

def gen(): yield 1
async def coro(): return 1
async def agen(): yield 1
class Base:
    def method(self):
        """Base docstring."""
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
    @property
    def prop(self): return 1

class Derived(Base):
    def method(self): pass
class Slotted:
    __slots__ = ('x',)

b = Base()
g = gen()
c = coro()
ag = agen()
checks = [
    ('isfunction', [plain, b.method, len, Base]),
    ('ismethod', [b.method, Base.method, Base.cm, len]),
    ('isclass', [Base, b, int, type]),
    ('ismodule', [inspect, plain]),
    ('isbuiltin', [len, [].append, plain, str.join]),
    ('isroutine', [len, plain, b.method, str.join, Base, 1]),
    ('isgenerator', [g, gen, c]),
    ('isgeneratorfunction', [gen, plain, coro, functools.partial(gen)]),
    ('iscoroutine', [c, coro, g]),
    ('iscoroutinefunction', [coro, gen, plain, agen]),
    ('isasyncgen', [ag, agen, g]),
    ('isasyncgenfunction', [agen, coro, gen]),
    ('isawaitable', [c, g, ag, 1]),
    ('isdatadescriptor', [Base.__dict__['prop'], Slotted.x, plain, Base.__dict__['cm']]),
    ('ismethoddescriptor', [str.join, Base.__dict__['cm'], plain, Base.__dict__['prop']]),
    ('ismemberdescriptor', [Slotted.x, Base.__dict__['prop']]),
    ('iscode', [plain.__code__, plain]),
]
for name, objs in checks:
    pred = getattr(inspect, name)
    print(name, [pred(o) for o in objs])
c.close()

class Marked:
    def __call__(self): pass
def sync(): pass
print(inspect.markcoroutinefunction(sync) is sync, inspect.iscoroutinefunction(sync))
print(inspect.iscoroutinefunction(functools.partial(sync, 1)))
class HasM:
    @inspect.markcoroutinefunction
    def meth(self): pass
print(inspect.iscoroutinefunction(HasM().meth), inspect.iscoroutinefunction(Marked()))

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): pass
class Square(Shape):
    def area(self): return 4
print('isabstract', inspect.isabstract(Shape), inspect.isabstract(Square), inspect.isabstract(Base), inspect.isabstract(1))

print([n for n, v in inspect.getmembers(Derived) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(Derived, inspect.isfunction)])
print(inspect.getmembers(b, lambda v: isinstance(v, int) and not isinstance(v, bool)), inspect.getmro(Derived) == (Derived, Base, object))

print(repr(inspect.getdoc(plain)))
print(repr(inspect.getdoc(Derived.method)), repr(inspect.getdoc(Derived().method)))
print(repr(inspect.getdoc(Derived)), repr(inspect.getdoc(sync)))
print(repr(inspect.cleandoc('   first\n     second\n       third\n\n')), repr(inspect.cleandoc('\n\n\tx\n\t  y\n')))

class Getter:
    attr = 'class'
    def __getattr__(self, name): return 'dynamic'
    @property
    def p(self): return 'computed'
gobj = Getter()
gobj.__dict__['attr'] = 'instance'
print(gobj.missing, inspect.getattr_static(gobj, 'attr'), inspect.getattr_static(Getter, 'attr'))
print(type(inspect.getattr_static(gobj, 'p')).__name__, inspect.getattr_static(gobj, 'nope', 'default'))
try:
    inspect.getattr_static(gobj, 'nope')
except AttributeError as e:
    print('AttributeError', e)

def deco(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper
@deco
@deco
def wrapped(x, y=3): pass
print(inspect.unwrap(wrapped) is wrapped.__wrapped__.__wrapped__, inspect.signature(wrapped))
print(inspect.signature(wrapped, follow_wrapped=False))
print(inspect.unwrap(wrapped, stop=lambda f: f.__wrapped__ is not None and not hasattr(f.__wrapped__, '__wrapped__')) is wrapped.__wrapped__)
loop = lambda: 0
loop.__wrapped__ = loop
try:
    inspect.unwrap(loop)
except ValueError as e:
    print('ValueError', str(e)[:30])
del loop.__wrapped__                # no reference cycle left behind (minipy has no cycle GC)

# ---- signatures
def full(a, /, b=1, *args, c, d: int = 2, **kw) -> int: pass
def kwonly(a, *, b, c='x'): pass
def posonly(a, b=2, /): pass
def annotated(x: 'str', y: list[int] = None) -> None: pass
for f in (full, kwonly, posonly, annotated, lambda: 0, lambda *a, **k: 0, plain):
    print(inspect.signature(f))
sig = inspect.signature(full)
print(sig.return_annotation, list(sig.parameters), repr(sig))
for p in sig.parameters.values():
    print(repr(p), p.kind, p.kind.description, int(p.kind), p.default is Parameter.empty, p.annotation)
print(Parameter.KEYWORD_ONLY > Parameter.POSITIONAL_ONLY, repr(Parameter.VAR_KEYWORD))

ba = sig.bind(1, 2, 3, 4, c=5, z=6)
print(ba, ba.args, ba.kwargs)
ba = inspect.signature(plain).bind(10)
print(ba.arguments, ba.args); ba.apply_defaults(); print(ba.arguments, ba.args, ba.kwargs)
ba = sig.bind_partial(c=1)
print(ba); ba.apply_defaults(); print(ba)
print(inspect.signature(kwonly).bind(1, b=2).kwargs)
errors = [
    (sig.bind, (), {}), (sig.bind, (1,), {}), (sig.bind, (1,), {'a': 1, 'c': 2}),
    (inspect.signature(posonly).bind, (1,), {'b': 2}),
    (inspect.signature(kwonly).bind, (1, 2), {}), (inspect.signature(kwonly).bind, (1,), {}),
    (inspect.signature(plain).bind, (1,), {'a': 2}), (inspect.signature(plain).bind, (1, 2, 3), {}),
    (inspect.signature(plain).bind, (1,), {'q': 2}), (inspect.signature(plain).bind_partial, (), {'q': 1}),
]
for fn, args, kwargs in errors:
    try:
        print(fn(*args, **kwargs))
    except TypeError as e:
        print('TypeError:', e)

new = sig.replace(return_annotation=Signature.empty,
                  parameters=[Parameter('x', Parameter.POSITIONAL_ONLY),
                              Parameter('y', Parameter.KEYWORD_ONLY, default=None)])
print(new, new == sig, new == new.replace())
p = Parameter('n', Parameter.POSITIONAL_OR_KEYWORD, default=0, annotation=int)
print(p, p.replace(name='m', default=Parameter.empty), p == p.replace(), hash(p) == hash(p.replace()))
for bad in [lambda: Parameter('def', Parameter.KEYWORD_ONLY), lambda: Parameter('a b', 1),
            lambda: Parameter('a', 7), lambda: Parameter('a', Parameter.VAR_POSITIONAL, default=1), lambda: Parameter(1, 1),
            lambda: Signature([Parameter('a', 1, default=1), Parameter('b', 1)]),
            lambda: Signature([Parameter('a', 3), Parameter('b', 1)]),
            lambda: Signature([Parameter('a', 1), Parameter('a', 3)]),
            lambda: Signature([Parameter('a', 2), Parameter('b', 2)])]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print(Signature(), Signature([Parameter('a', 0)]), Signature(return_annotation='x'))
print(inspect.signature(full).format(max_width=20))

class Point:
    def __init__(self, x, y=0): pass
class WithNew:
    def __new__(cls, a, *, b=1): return object.__new__(cls)
class Empty:
    pass
class Meta(type):
    def __call__(cls, z): pass
class UsesMeta(metaclass=Meta):
    def __init__(self, ignored): pass
class Callable:
    def __call__(self, q, r=5): pass
class Sub(Point):
    pass
for o in (Point, WithNew, Empty, UsesMeta, Callable(), Sub, b.method, Base.cm, Base.sm,
          Point(1).__init__, functools.partial(full, 1, c=2), functools.partial(plain, b=3)):
    print(inspect.signature(o))
def custom(*args): pass
custom.__signature__ = Signature([Parameter('only', Parameter.POSITIONAL_ONLY)])
print(inspect.signature(custom))
for o in (max, next, int, type, 1):
    try:
        print(inspect.signature(o))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
spec = inspect.getfullargspec(full)
print(spec)
print(inspect.getfullargspec(b.method).args)
