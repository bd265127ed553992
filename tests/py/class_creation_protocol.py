# The steps of a class statement in CPython's order: __mro_entries__, the most derived
# metaclass, __prepare__, the body, metaclass(name, bases, ns, **kw), __init_subclass__(**kw);
# and the hooks isinstance/issubclass ask (__instancecheck__, __subclasscheck__).
import sys

class M(type): pass
class A: pass
class B(metaclass=M): pass
class C(A, B): pass
print("winner:", type(C).__name__)

class N(type): pass
class D(metaclass=N): pass
try:
    class E(B, D): pass
except TypeError as e:
    print("TypeError:", e)

class Base:
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        print("init_subclass", cls.__name__, tag)
class F(Base, tag="x"): pass
class G(F): pass
print(F.tag, G.tag)
try:
    class H(Base, colour="red"): pass
except TypeError as e:
    print("TypeError:", e)

class Tracing(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        return {"injected": 42}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class I(metaclass=Tracing, flag=1):
    x = 1
print(I.injected, I.x)

class Alias:
    def __init__(self, *real): self.real = real
    def __mro_entries__(self, bases):
        print("mro_entries", len(bases))
        return self.real
class J(Alias(A, Base)): pass
print([k.__name__ for k in J.__mro__], type(J.__orig_bases__[0]).__name__, "__orig_bases__" in J.__dict__)
print("__orig_bases__" in A.__dict__)

class Even(type):
    def __instancecheck__(cls, obj): return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub): return sub is bool
class EvenNumber(metaclass=Even): pass
print(isinstance(4, EvenNumber), isinstance(3, EvenNumber), isinstance("a", EvenNumber))
print(issubclass(bool, EvenNumber), issubclass(int, EvenNumber))
print(isinstance(EvenNumber(), EvenNumber))  # an instance of the class itself always counts
print(isinstance(4, (str, EvenNumber)))

print(sys.modules["__main__"].__name__, sys.modules[__name__] is sys.modules["__main__"])
main = sys.modules["__main__"]
main.added_later = "yes"
print(added_later)
