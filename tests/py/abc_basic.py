# abc: abstract methods and __abstractmethods__, instantiation errors, register() and virtual
# subclasses, __subclasshook__, the cache token, update_abstractmethods.
import abc
from abc import ABC, ABCMeta, abstractmethod

print(ABCMeta, ABC, type(ABC), ABC.__abstractmethods__)

class Shape(ABC):
    @abstractmethod
    def area(self):
        """The area."""
        return 0

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f'{type(self).__name__} with area {self.area()}'

class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
    def perimeter(self):
        return 4 * self.side

class HalfDone(Shape):
    def area(self):
        return super().area() + 1      # an abstract method can still be called via super()

class Full(HalfDone):
    def perimeter(self):
        return 0

print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__),
      Square.__abstractmethods__, type(Shape.__abstractmethods__).__name__)
print(Square(3).describe(), Square(3).perimeter(), Full().area(), Full.__abstractmethods__)
print(Shape.area.__isabstractmethod__, hasattr(Square.area, '__isabstractmethod__'))
for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print('TypeError:', e)

# Properties, classmethods and staticmethods wrapping abstract functions are abstract.
class Props(ABC):
    @property
    @abstractmethod
    def name(self): ...

    @classmethod
    @abstractmethod
    def make(cls): ...

    @staticmethod
    @abstractmethod
    def helper(): ...

    @abc.abstractproperty
    def old_style(self): ...

    @abc.abstractclassmethod
    def old_cm(cls): ...

    @abc.abstractstaticmethod
    def old_sm(): ...

print(sorted(Props.__abstractmethods__))

class Concrete(Props):
    name = 'c'
    make = classmethod(lambda cls: cls())
    helper = staticmethod(lambda: 'help')
    old_style = property(lambda self: 'old')
    @classmethod
    def old_cm(cls): return 'cm'
    @staticmethod
    def old_sm(): return 'sm'

c = Concrete()
print(c.name, type(Concrete.make()).__name__, c.helper(), c.old_style, c.old_cm(), c.old_sm())
print(isinstance(abc.abstractproperty(lambda s: 1), property),
      abc.abstractclassmethod.__isabstractmethod__)

# A metaclass keyword and a plain class with ABCMeta behave the same.
class Plain(metaclass=ABCMeta):
    @abstractmethod
    def run(self): ...
print(type(Plain).__name__, sorted(Plain.__abstractmethods__))

# Virtual subclasses: register() returns its argument, so it works as a decorator.
class Drawable(ABC):
    pass

@Drawable.register
class Canvas:
    pass

print(Drawable.register(int) is int)
print(issubclass(Canvas, Drawable), isinstance(Canvas(), Drawable), isinstance(3, Drawable),
      issubclass(bool, Drawable), issubclass(str, Drawable), Drawable in Canvas.__mro__)
class SubCanvas(Canvas):
    pass
print(issubclass(SubCanvas, Drawable), isinstance(SubCanvas(), Drawable))

# Registering with a subclass of an ABC makes a virtual subclass of the parent too.
class Base(ABC): pass
class Derived(Base): pass
class Stranger: pass
print(issubclass(Stranger, Base))
Derived.register(Stranger)
print(issubclass(Stranger, Derived), issubclass(Stranger, Base))

# register errors and the cache token.
token = abc.get_cache_token()
Drawable.register(float)
print(abc.get_cache_token() != token, Drawable.register(float) is float)
print(Drawable.register(Canvas) is Canvas)      # already registered: no change
for call in (lambda: Drawable.register(3), lambda: Derived.register(Base),
             lambda: issubclass(3, Drawable)):
    try:
        call()
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)

# __subclasshook__ answers for classes that only have the right methods.
class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any('__len__' in B.__dict__ for B in C.__mro__)
        return NotImplemented

class HasLen:
    def __len__(self): return 0

print(issubclass(HasLen, Sized), issubclass(list, Sized), issubclass(int, Sized),
      isinstance('abc', Sized), isinstance(5, Sized))
class MySized(Sized): pass
print(issubclass(HasLen, MySized), issubclass(MySized, Sized))

class Maybe(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return NotImplemented if C is int else C is str
print(issubclass(str, Maybe), issubclass(bytes, Maybe), issubclass(int, Maybe))

# An instance whose __class__ lies is checked under both classes.
class Liar:
    __class__ = Canvas
print(isinstance(Liar(), Drawable))

# update_abstractmethods recomputes the set after the class changed.
class Later(ABC):
    @abstractmethod
    def go(self): ...
Later.go = lambda self: 'went'
print(sorted(Later.__abstractmethods__), end=' ')
abc.update_abstractmethods(Later)
print(sorted(Later.__abstractmethods__), Later().go())
def extra(self): ...
Later.extra = abstractmethod(extra)
print(sorted(abc.update_abstractmethods(Later).__abstractmethods__))
class NotAbc: pass
print(abc.update_abstractmethods(NotAbc) is NotAbc, hasattr(NotAbc, '__abstractmethods__'))

# Abstract classes can still have working class-level code and keywords.
class WithInit(ABC):
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Tagged(WithInit, tag='t1'):
    pass
print(Tagged.tag, Tagged.__abstractmethods__)
print(sorted(n for n in dir(abc) if not n.startswith('_')))
