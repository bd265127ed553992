# fractions: construction (ints, pairs, floats, strings, as_integer_ratio), normalisation,
# mixed arithmetic with int/float/complex, comparisons, hash, rounding, limit_denominator,
# format(), from_float/from_number, and the error messages; numbers' tower along the way.
import copy
import math
import numbers
from fractions import Fraction as F


def attempt(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


# Construction and normalisation.
print(F(), F(7), F(6, -4), F(-6, -4), F(0, -5), F(F(1, 3), F(2, 5)), F(F(3, 4)), F(True, 2))
print(F(0.25), F(-1.5), F(0.1), F(1e20), F(2 ** -30))
for s in ['3/4', ' -1.5e3 ', '1_000/3', '+.5', '2.', '1e-3', '-.5E+2', ' 7 / 2',
          '12.34_5', '0.000', '\t10/4\n', '3 /4', '1_0.0_1e1_0']:
    attempt(repr(s), lambda: F(s))
for s in ['x', '', ' ', '1/', '/2', '1__0', '_1', '1_', '1.5/2', '1/2e3', '1e', '1 e3',
          'inf', 'nan', '1/-2', '.', '.e3', '0x10', '1/2/3']:
    attempt(repr(s), lambda: F(s))
attempt('F(1, 0)', lambda: F(1, 0))
attempt('F(-7, 0)', lambda: F(-7, 0))
attempt("F('5/0')", lambda: F('5/0'))
attempt('F(1.5, 2)', lambda: F(1.5, 2))
attempt("F(1, '2')", lambda: F(1, '2'))
attempt('F([])', lambda: F([]))
attempt('F(None)', lambda: F(None))
attempt('F(1j)', lambda: F(1j))
attempt('F(inf)', lambda: F(float('inf')))
attempt('F(nan)', lambda: F(float('nan')))


class Ratio:
    def as_integer_ratio(self):
        return (3, 8)


print(F(Ratio()), F.from_number(Ratio()), F.from_number(5), F.from_number(F(2, 4)),
      F.from_number(0.75))
attempt("from_number('1')", lambda: F.from_number('1'))
attempt('from_number(1j)', lambda: F.from_number(1j))
print(F.from_float(0.1), F.from_float(3), F.from_float(-2.5))
attempt("from_float('1')", lambda: F.from_float('1'))
attempt('from_float(F)', lambda: F.from_float(F(1, 2)))

# Attributes, repr and str.
f = F(-3, 4)
print(f.numerator, f.denominator, repr(f), str(f), str(F(5)), f.as_integer_ratio(),
      f.is_integer(), F(4, 2).is_integer(), f.real, f.imag, f.conjugate())

# Arithmetic with every kind of operand.
ops = [('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b),
       ('/', lambda a, b: a / b), ('//', lambda a, b: a // b), ('%', lambda a, b: a % b),
       ('divmod', divmod)]
for a, b in [(F(1, 2), F(1, 3)), (F(7, 3), 2), (5, F(3, 4)), (F(-7, 2), F(3, 2)),
             (F(1, 4), 0.5), (1.5, F(1, 2)), (F(1, 2), 2j), (1j, F(1, 4)), (F(3), True)]:
    row = []
    for name, op in ops:
        try:
            row.append(repr(op(a, b)))
        except TypeError as e:
            row.append('TypeError')
    print(repr(a), repr(b), ' '.join(row))
for a, b in [(F(2, 3), 3), (F(2, 3), -2), (F(-2, 3), -3), (F(2, 3), F(2)), (F(4), F(1, 2)),
             (F(1, 4), 0.5), (2, F(3)), (2, F(-2)), (2, F(1, 2)), (F(9, 4), F(-1, 2)),
             (1.5, F(2)), (F(1, 2), 1j), (F(0), 0)]:
    attempt('%r ** %r' % (a, b), lambda: a ** b)
for thunk in [lambda: F(1, 2) / 0, lambda: F(-3, 2) / F(0), lambda: 3 / F(0),
              lambda: F(0) ** -2, lambda: F(1, 2) // 0, lambda: F(1, 2) % F(0),
              lambda: divmod(F(1), 0), lambda: pow(F(2), 2, 3), lambda: F(1) + 'a',
              lambda: F(1, 2) // 1j, lambda: 'a' * F(2)]:
    attempt('error', thunk)
print(-F(2, 3), +F(2, 3), abs(F(-2, 3)), bool(F(0)), bool(F(1, 9)), F(1, 10) * 3 == F(3, 10))

# Comparisons.
print(F(1, 2) == 0.5, F(1, 2) == F(2, 4), F(2) == 2, F(1, 3) == 1 / 3, F(1, 2) == 0.5 + 0j,
      F(1, 2) != 1j, F(0) == float('nan'), F(10 ** 400) < float('inf'))
print(F(1, 3) < F(1, 2), F(1, 2) <= 0.5, F(-1) > -1.5, 2 >= F(7, 4), F(1, 3) > 0.3333,
      F(-5) < float('-inf'), sorted([F(1, 2), 0.25, 1, F(-1, 3), True]))
attempt('F < complex', lambda: F(1, 2) < 1j)
attempt('F < str', lambda: F(1, 2) >= 'a')

# Hash: equal to the hash of the equal int or float (the modulus P depends on the platform).
P = (1 << 61) - 1 if hash(1 << 61) == 1 else (1 << 31) - 1
print(hash(F(5)) == hash(5), hash(F(-1)) == hash(-1) == -2, hash(F(1, 2)) == hash(0.5),
      hash(F(-3, 8)) == hash(-0.375), hash(F(1, 3)) == pow(3, -1, P),
      hash(F(7, P)) == 314159, hash(F(-7, P)) == -314159,
      hash(F(10 ** 30, 7)) == hash(10 ** 30 * pow(7, -1, P)))
print({F(1, 2): 'half'}[0.5], {2: 'two'}[F(4, 2)], len({F(1, 2), 0.5, F(2, 4), 1, F(1)}))

# Rounding.
for v in [F(7, 2), F(-7, 2), F(5, 2), F(-5, 2), F(1, 3), F(-12345, 1000)]:
    print(v, math.floor(v), math.ceil(v), math.trunc(v), int(v), round(v), repr(round(v, 1)),
          repr(round(v, 2)), repr(round(v, -1)), float(v), complex(v))
print(F('3.141592653589793').limit_denominator(1000), F(1, 3).limit_denominator(2),
      F(-314159, 100000).limit_denominator(100), F(22, 7).limit_denominator(),
      F(10 ** 20 + 7, 10 ** 18).limit_denominator(10))
attempt('limit_denominator(0)', lambda: F(3, 4).limit_denominator(0))

# format(): float-style presentation types, and the no-type form.
for v in [F(1, 3), F(-2, 3), F(22, 7), F(5, 2), F(10 ** 20, 3), F(-1, 10 ** 7), F(0), F(3)]:
    print(str(v).ljust(26), ' | '.join(format(v, s) for s in
          ['', 'f', '.2f', '.0f', 'e', '.3e', 'g', '.3g', '%', '.1%', '+', '#', '>8',
           '*^12', ',', '_.3f', '012,.2f', '=+10', 'z.0f', '#.0e', 'G', '.,f', '.20f']))
for s in ['d', 'n', '.3', '010', '00', '<010f', '.f', 'z', 'x']:
    attempt('format ' + repr(s), lambda: format(F(3, 4), s))
print(f'{F(3, 4):>10} {F(-3, 4):<7}| {F(7, 3):.3f} {F(1, 8):.2%}')

# Subclasses, copies, pickling's __reduce__, and the numeric tower.
class Half(F):
    pass

h = Half(1, 2)
print(repr(h), type(h + 1).__name__, type(-h).__name__, h == F(1, 2), repr(copy.copy(h)),
      copy.copy(f) is f, copy.deepcopy(f) is f, f.__reduce__())
print(type(F).__name__, [c.__name__ for c in F.__mro__], F.__slots__)
print(isinstance(F(1), numbers.Rational), isinstance(3, numbers.Integral),
      isinstance(1.5, numbers.Rational), isinstance(1.5, numbers.Real),
      isinstance(1j, numbers.Complex), isinstance(True, numbers.Number),
      issubclass(F, numbers.Integral), isinstance('1', numbers.Number))
print((3).numerator, (3).denominator, numbers.Integral.numerator.__doc__ is not None)


class HalfDone(numbers.Real):
    def __float__(self):
        return 0.0

attempt('HalfDone()', lambda: HalfDone())
