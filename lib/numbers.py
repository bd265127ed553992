# lib/numbers.py — the `numbers` module: the numeric tower (PEP 3141) as abstract base classes.
#
# What this step does: it names five kinds of number, each a kind of the one before it:
#     Number ⊃ Complex ⊃ Real ⊃ Rational ⊃ Integral
# Each is an ABC (lib/abc.py): its abstract methods say what a class must provide to be that
# kind of number, and its concrete methods are "mixins" written in terms of the abstract ones
# (Real.__divmod__ is just (self // other, self % other)).  The built-in types are not
# subclasses of these; they are registered as virtual subclasses at the bottom of the file:
#     complex -> Complex, float -> Real, int -> Integral   (bool comes along as an int)
# so isinstance(3, numbers.Rational) is True, and code such as lib/fractions.py can ask
# "is this a rational number?" without listing types.  Fraction is a real subclass of Rational.
#
# Comes in: `import numbers` (frozen by lib/freeze.sh); lib/fractions.py imports it.
# Goes out: Number, Complex, Real, Rational, Integral.
# Read next: lib/fractions.py (a complete Rational), lib/abc.py (how register() and the
# __abstractmethods__ check work).
#
# Differences from CPython: none intended in behaviour; the docstrings are shorter.

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


class Number(metaclass=ABCMeta):
    """The root of the numeric tower: isinstance(x, Number) says x is a number of some kind."""
    __slots__ = ()

    # A number that compares equal to numbers of other types must hash like them; a class
    # that has not thought about that should not be hashable, so the default is "unhashable".
    __hash__ = None


class Complex(Number):
    """Numbers with a real and an imaginary part: what the built-in complex can do."""
    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        """complex(self): the value as a built-in complex."""

    def __bool__(self):
        """True unless the number is zero."""
        return self != 0

    @property
    @abstractmethod
    def real(self):
        """The real part."""
        raise NotImplementedError

    @property
    @abstractmethod
    def imag(self):
        """The imaginary part."""
        raise NotImplementedError

    @abstractmethod
    def __add__(self, other):
        """self + other"""
        raise NotImplementedError

    @abstractmethod
    def __radd__(self, other):
        """other + self"""
        raise NotImplementedError

    @abstractmethod
    def __neg__(self):
        """-self"""
        raise NotImplementedError

    @abstractmethod
    def __pos__(self):
        """+self"""
        raise NotImplementedError

    def __sub__(self, other):
        """self - other, as self + (-other)."""
        return self + -other

    def __rsub__(self, other):
        """other - self, as (-self) + other."""
        return -self + other

    @abstractmethod
    def __mul__(self, other):
        """self * other"""
        raise NotImplementedError

    @abstractmethod
    def __rmul__(self, other):
        """other * self"""
        raise NotImplementedError

    @abstractmethod
    def __truediv__(self, other):
        """self / other: true division."""
        raise NotImplementedError

    @abstractmethod
    def __rtruediv__(self, other):
        """other / self"""
        raise NotImplementedError

    @abstractmethod
    def __pow__(self, exponent):
        """self ** exponent"""
        raise NotImplementedError

    @abstractmethod
    def __rpow__(self, base):
        """base ** self"""
        raise NotImplementedError

    @abstractmethod
    def __abs__(self):
        """abs(self): a Real, the distance from zero."""
        raise NotImplementedError

    @abstractmethod
    def conjugate(self):
        """The complex conjugate (imaginary part negated)."""
        raise NotImplementedError

    @abstractmethod
    def __eq__(self, other):
        """self == other"""
        raise NotImplementedError


class Real(Complex):
    """Complex numbers with no imaginary part, which can therefore be ordered and rounded.

    A Real provides float(), math.trunc/floor/ceil, round(), //, %, < and <=;
    in return it gets complex(), .real, .imag, conjugate() and divmod().
    """
    __slots__ = ()

    @abstractmethod
    def __float__(self):
        """float(self): the nearest float."""
        raise NotImplementedError

    @abstractmethod
    def __trunc__(self):
        """math.trunc(self): the Integral nearest to self, towards zero."""
        raise NotImplementedError

    @abstractmethod
    def __floor__(self):
        """math.floor(self): the largest Integral <= self."""
        raise NotImplementedError

    @abstractmethod
    def __ceil__(self):
        """math.ceil(self): the smallest Integral >= self."""
        raise NotImplementedError

    @abstractmethod
    def __round__(self, ndigits=None):
        """round(self, ndigits): an Integral without ndigits, else a Real; ties go to even."""
        raise NotImplementedError

    def __divmod__(self, other):
        """divmod(self, other) = (self // other, self % other)."""
        return (self // other, self % other)

    def __rdivmod__(self, other):
        """divmod(other, self) = (other // self, other % self)."""
        return (other // self, other % self)

    @abstractmethod
    def __floordiv__(self, other):
        """self // other: floor(self / other)."""
        raise NotImplementedError

    @abstractmethod
    def __rfloordiv__(self, other):
        """other // self"""
        raise NotImplementedError

    @abstractmethod
    def __mod__(self, other):
        """self % other: has the sign of other."""
        raise NotImplementedError

    @abstractmethod
    def __rmod__(self, other):
        """other % self"""
        raise NotImplementedError

    @abstractmethod
    def __lt__(self, other):
        """self < other"""
        raise NotImplementedError

    @abstractmethod
    def __le__(self, other):
        """self <= other"""
        raise NotImplementedError

    # The Complex methods, answered for a number with no imaginary part.
    def __complex__(self):
        """complex(self) == complex(float(self), 0)"""
        return complex(float(self))

    @property
    def real(self):
        """A real number is its own real part."""
        return +self

    @property
    def imag(self):
        """A real number's imaginary part is 0."""
        return 0

    def conjugate(self):
        """A real number is its own conjugate."""
        return +self


class Rational(Real):
    """Real numbers that are a ratio of two integers, numerator / denominator in lowest terms."""
    __slots__ = ()

    @property
    @abstractmethod
    def numerator(self):
        """The numerator (an Integral), its sign the sign of the number."""
        raise NotImplementedError

    @property
    @abstractmethod
    def denominator(self):
        """The denominator (a positive Integral)."""
        raise NotImplementedError

    def __float__(self):
        """float(self): numerator / denominator, which int division rounds correctly."""
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    """Whole numbers: int, and anything that wants to be used where an int is (int(), indexes).

    An Integral provides int(), the bit operators and three-argument pow;
    it gets operator.index(), float(), .numerator and .denominator.
    """
    __slots__ = ()

    @abstractmethod
    def __int__(self):
        """int(self)"""
        raise NotImplementedError

    def __index__(self):
        """operator.index(self): lets the number be a list index or a slice bound."""
        return int(self)

    @abstractmethod
    def __pow__(self, exponent, modulus=None):
        """self ** exponent, or pow(self, exponent, modulus) reduced modulo modulus."""
        raise NotImplementedError

    @abstractmethod
    def __lshift__(self, other):
        """self << other"""
        raise NotImplementedError

    @abstractmethod
    def __rlshift__(self, other):
        """other << self"""
        raise NotImplementedError

    @abstractmethod
    def __rshift__(self, other):
        """self >> other"""
        raise NotImplementedError

    @abstractmethod
    def __rrshift__(self, other):
        """other >> self"""
        raise NotImplementedError

    @abstractmethod
    def __and__(self, other):
        """self & other"""
        raise NotImplementedError

    @abstractmethod
    def __rand__(self, other):
        """other & self"""
        raise NotImplementedError

    @abstractmethod
    def __xor__(self, other):
        """self ^ other"""
        raise NotImplementedError

    @abstractmethod
    def __rxor__(self, other):
        """other ^ self"""
        raise NotImplementedError

    @abstractmethod
    def __or__(self, other):
        """self | other"""
        raise NotImplementedError

    @abstractmethod
    def __ror__(self, other):
        """other | self"""
        raise NotImplementedError

    @abstractmethod
    def __invert__(self):
        """~self"""
        raise NotImplementedError

    # The Rational methods, answered for a whole number.
    def __float__(self):
        """float(self) == float(int(self))"""
        return float(int(self))

    @property
    def numerator(self):
        """A whole number is its own numerator."""
        return +self

    @property
    def denominator(self):
        """A whole number's denominator is 1."""
        return 1


# The built-in numbers join the tower as virtual subclasses (bool is an int subclass, so it is
# an Integral too).
Complex.register(complex)
Real.register(float)
Integral.register(int)
