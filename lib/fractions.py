# lib/fractions.py — the `fractions` module: exact rational numbers.
#
# What this step does: a Fraction is a pair of ints (numerator, denominator) kept in lowest
# terms with a positive denominator, so every rational number has exactly one representation:
#     Fraction(6, -4)  ->  numerator -3, denominator 2
# That canonical form makes == a comparison of two ints each, and lets arithmetic be the
# school rules (a/b + c/d = (ad + cb)/bd, reduced by their gcd) with Python's unbounded ints
# underneath, so nothing is ever rounded: Fraction(1, 10) * 3 == Fraction(3, 10) exactly,
# where 0.1 * 3 != 0.3.  Pieces, in the order they appear below:
#   * construction: from an int, a pair of Rationals, a float (exactly: 0.1 is 3602879701896397/
#     36028797018963968), anything with as_integer_ratio(), or a string ('3/4', '-1.5e3',
#     '1_000/3'), parsed by a small hand-written scanner (_parse below);
#   * mixed arithmetic: each operator is built by _operators() from an exact version for two
#     Fractions and a fallback for float/complex: Fraction + int stays exact, Fraction + float
#     gives a float, Fraction + complex a complex, as the numeric tower (lib/numbers.py) says;
#   * comparisons and hash: a Fraction equals the int or float of the same value (F(1, 2) ==
#     0.5), so it must hash the same: {0.5: 'x'}[Fraction(1, 2)] finds the entry.  Python hashes
#     every number as its value modulo the prime P = 2**61 - 1: n/d hashes as n * d⁻¹ mod P
#     (d⁻¹ the inverse of d modulo P, pow(d, -1, P)); a d that is a multiple of P has no inverse
#     and hashes like infinity (314159);
#   * rounding: floor, ceil, trunc, round (ties to even), limit_denominator (the closest
#     fraction with a bounded denominator, from the continued fraction of the number);
#   * format(): the float presentation types e, f, g, % computed exactly from the two ints
#     (format(Fraction(1, 3), '.20f') has 20 correct digits), and the no-type form '3/4'.
#
# Comes in: `from fractions import Fraction` (frozen by lib/freeze.sh).
# Goes out: Fraction.
# Read next: lib/numbers.py (the ABCs Fraction fills in: Rational, Real, Complex), bigint.cpp
# (the ints underneath), float.cpp (float.as_integer_ratio).
#
# Differences from CPython: minipy's sys has no hash_info, so the hash modulus and the hash of
# infinity fall back to 2**61 - 1 and 314159 (64-bit CPython's values).  CPython adds and
# divides with gcd shortcuts (smaller intermediate products); here every result goes through the
# constructor's one gcd, which is simpler and gives the same Fraction.  No from_decimal()
# (minipy has no decimal module); Fraction(x) still takes any object with as_integer_ratio().

import math as _math
import numbers as _numbers
import operator as _operator
import sys as _sys

__all__ = ['Fraction']


# The hash constants of this interpreter (see "comparisons and hash" above).
_hash_info = getattr(_sys, 'hash_info', None)
if _hash_info is not None:
    _HASH_MODULUS = _hash_info.modulus
    _HASH_INF = _hash_info.inf
else:
    _HASH_MODULUS = (1 << 61) - 1
    _HASH_INF = 314159
del _hash_info


# ───────────────────────────── parsing strings ─────────────────────────────
#
# The accepted forms, with optional spaces around the whole and a leading + or -:
#     digits [spaces] / [spaces] digits          '3/4', ' -3 / 4 '
#     digits [. [digits]] [e [+|-] digits]       '1.5', '2.', '1e3', '-1.5E-2'
#     . digits [e [+|-] digits]                  '.5', '.5e1'
# where "digits" are decimal digits, optionally split by single underscores between two
# digits ('1_000').  A string is either exact (with '/') or decimal, never both.

def _digits_end(s, i):
    # The index just past the run of digits (with single underscores inside it) at s[i];
    # i itself if there is no digit there.
    n = len(s)
    j = i
    while j < n and s[j].isdecimal():
        j += 1
    if j == i:
        return i
    while j + 1 < n and s[j] == '_' and s[j + 1].isdecimal():
        j += 2
        while j < n and s[j].isdecimal():
            j += 1
    return j


def _skip_spaces(s, i):
    while i < len(s) and s[i].isspace():
        i += 1
    return i


def _parse(s):
    # '3/4' -> (3, 4), '-1.5e3' -> (-1500, 1), '0.25' -> (25, 100): not yet in lowest terms.
    def invalid():
        return ValueError('Invalid literal for Fraction: %r' % s)
    n = len(s)
    i = _skip_spaces(s, 0)
    negative = False
    if i < n and s[i] in '+-':
        negative = s[i] == '-'
        i += 1
    # A number starts with a digit, or with a point followed by a digit.
    if not (i < n and (s[i].isdecimal()
                       or (s[i] == '.' and i + 1 < n and s[i + 1].isdecimal()))):
        raise invalid()
    start = i
    end = _digits_end(s, start)
    numerator = int(s[start:end]) if end > start else 0
    denominator = 1
    i = end
    slash = _skip_spaces(s, i)
    if end > start and slash < n and s[slash] == '/':
        # The exact form: numerator / denominator.
        start = _skip_spaces(s, slash + 1)
        end = _digits_end(s, start)
        if end == start:
            raise invalid()
        denominator = int(s[start:end])
        i = end
    else:
        # The decimal form: a fractional part and an exponent, each optional.
        if i < n and s[i] == '.':
            end = _digits_end(s, i + 1)
            fraction_digits = s[i + 1:end].replace('_', '')
            if fraction_digits:
                scale = 10 ** len(fraction_digits)
                numerator = numerator * scale + int(fraction_digits)
                denominator = scale
            i = end
        if i < n and s[i] in 'eE':
            start = i + 1
            if start < n and s[start] in '+-':
                start += 1
            end = _digits_end(s, start)
            if end == start:
                raise invalid()
            exponent = int(s[i + 1:end])
            if exponent >= 0:
                numerator *= 10 ** exponent
            else:
                denominator *= 10 ** -exponent
            i = end
    if _skip_spaces(s, i) != n:
        raise invalid()
    return (-numerator if negative else numerator), denominator


# ───────────────────────────── format() ─────────────────────────────
#
# A format spec, left to right (every part optional):
#     [[fill]align] [sign] [z] [#] [0] [width] [grouping] [.[precision][fraction grouping]] [type]
# align is one of < > = ^, sign one of + - space, grouping , or _, type one of e E f F g G %.
# With a type the Fraction is shown as a float would be (but exactly).  Without one the spec may
# only hold fill, align, sign, #, width and grouping, and the Fraction is shown as 'n/d' ('n'
# alone when d is 1, unless '#').

class _Spec:
    __slots__ = ('fill', 'align', 'sign', 'no_neg_zero', 'alternate', 'zero_pad', 'width',
                 'grouping', 'point', 'precision', 'frac_grouping', 'type')


def _parse_spec(spec):
    # A _Spec, or None when spec does not follow the grammar above.
    p = _Spec()
    n = len(spec)
    i = 0
    p.fill = p.align = None
    if n >= 2 and spec[1] in '<>=^':
        p.fill, p.align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        p.align = spec[0]
        i = 1
    p.sign = ''
    if i < n and spec[i] in '+- ':
        p.sign = spec[i]
        i += 1
    p.no_neg_zero = i < n and spec[i] == 'z'
    i += p.no_neg_zero
    p.alternate = i < n and spec[i] == '#'
    i += p.alternate
    # A '0' is the zero-padding flag only when a width follows it ('05'); alone it is a width.
    p.zero_pad = i + 1 < n and spec[i] == '0' and spec[i + 1].isdigit()
    i += p.zero_pad
    start = i
    while i < n and spec[i] in '0123456789':
        i += 1
    p.width = int(spec[start:i]) if i > start else 0
    p.grouping = ''
    if i < n and spec[i] in ',_':
        p.grouping = spec[i]
        i += 1
    p.point = False
    p.precision = None
    p.frac_grouping = ''
    if i < n and spec[i] == '.':
        # A point must be followed by a precision or a grouping character.
        if not (i + 1 < n and spec[i + 1] in ',_0123456789'):
            return None
        p.point = True
        i += 1
        start = i
        while i < n and spec[i] in '0123456789':
            i += 1
        if i > start:
            p.precision = int(spec[start:i])
        if i < n and spec[i] in ',_':
            p.frac_grouping = spec[i]
            i += 1
    p.type = ''
    if i < n and spec[i] in 'eEfFgG%':
        p.type = spec[i]
        i += 1
    return p if i == n else None


def _group(digits, sep):
    # '1234567' -> '1,234,567' (groups of three from the right).
    if not sep:
        return digits
    first = len(digits) % 3 or 3
    return sep.join([digits[:first]] + [digits[k:k + 3] for k in range(first, len(digits), 3)])


def _pad(sign, body, p):
    # Fill sign + body out to p.width with p.fill, as p.align says (right-aligned by default).
    fill = p.fill or ' '
    padding = fill * (p.width - len(sign) - len(body))
    align = p.align or '>'
    if align == '<':
        return sign + body + padding
    if align == '^':
        half = len(padding) // 2
        return padding[:half] + sign + body + padding[half:]
    if align == '=':
        return sign + padding + body
    return padding + sign + body


def _round_div(n, d):
    # n / d rounded to the nearest int, halfway cases to the even one (n >= 0, d > 0).
    q, r = divmod(n, d)
    if 2 * r > d or (2 * r == d and q % 2 == 1):
        q += 1
    return q


def _scaled(n, d, exponent):
    # n / d / 10**exponent rounded to an int (n >= 0).
    if exponent >= 0:
        return _round_div(n, d * 10 ** exponent)
    return _round_div(n * 10 ** -exponent, d)


def _significant(n, d, figures):
    # n / d (n >= 0) as q * 10**exponent with q an int of exactly `figures` digits, rounded.
    if n == 0:
        return 0, 1 - figures
    # The number of digits before the point: the m with 10**(m-1) <= n/d < 10**m.  The digit
    # counts of n and d give it to within one.
    m = len(str(n)) - len(str(d))
    if (n >= d * 10 ** m) if m >= 0 else (n * 10 ** -m >= d):
        m += 1
    exponent = m - figures
    q = _scaled(n, d, exponent)
    if q == 10 ** figures:          # rounding carried into a new digit: 9.99 -> 10.0
        q //= 10
        exponent += 1
    return q, exponent


def _format_float_style(n, d, p):
    precision = 6 if p.precision is None else p.precision
    if p.type in 'fF%':
        # q = the value * 10**precision (times 100 more for a percentage), rounded.
        shift = precision + 2 if p.type == '%' else precision
        q = _scaled(abs(n), d, -shift)
        negative = n < 0 and not (p.no_neg_zero and q == 0)
        scientific = False
        after_point = precision
    else:
        figures = max(precision, 1) if p.type in 'gG' else precision + 1
        q, exponent = _significant(abs(n), d, figures)
        negative = n < 0
        # 'g' switches to scientific notation for very large and very small numbers.
        scientific = p.type in 'eE' or exponent > 0 or exponent + figures <= -4
        after_point = figures - 1 if scientific else -exponent
    digits = str(q).rjust(after_point + 1, '0')
    whole = digits[:len(digits) - after_point]
    frac = digits[len(digits) - after_point:]
    if p.type in 'gG' and not p.alternate:
        frac = frac.rstrip('0')
    point = '.' if frac or p.alternate else ''
    if p.frac_grouping:
        frac = p.frac_grouping.join(frac[k:k + 3] for k in range(0, len(frac), 3))
    if p.type == '%':
        suffix = '%'
    elif scientific:
        suffix = ('E' if p.type in 'EG' else 'e') + '%+03d' % (exponent + after_point)
    else:
        suffix = ''
    sign = '-' if negative else ('' if p.sign == '-' else p.sign)
    tail = point + frac + suffix
    if p.zero_pad or (p.align == '=' and p.fill == '0'):
        # Zeros go in front of the whole part until the width is reached; with grouping the
        # separators count towards the width too (a group never starts with a separator).
        # A fill of '0' with '=' alignment means the same as the '0' flag.
        room = p.width - len(sign) - len(tail)
        count = len(whole)
        while count + (count - 1) // 3 * bool(p.grouping) < room:
            count += 1
        whole = whole.rjust(count, '0')
    return _pad(sign, _group(whole, p.grouping) + tail, p)


def _format_no_type(n, d, p):
    sign = '-' if n < 0 else ('' if p.sign == '-' else p.sign)
    body = _group(str(abs(n)), p.grouping)
    if d != 1 or p.alternate:
        body += '/' + _group(str(d), p.grouping)
    return _pad(sign, body, p)


# ───────────────────────────── mixed-type operators ─────────────────────────────

def _operators(exact, inexact, name, with_complex=True):
    # The forward (Fraction op x) and reverse (x op Fraction) methods of one operator.
    #   exact(a, b)    the result for two Fractions (ints are turned into Fractions first);
    #   inexact(x, y)  the result for floats or complexes.  The Fraction becomes a float, never
    #                  a complex: since 3.14 float op complex has rules of its own (the real
    #                  operand has no imaginary zero whose sign could leak into the result).
    # Anything else gets NotImplemented, so the other operand may answer.
    def forward(a, b):
        if isinstance(b, int):
            return exact(a, Fraction._from_coprime_ints(b, 1))
        if isinstance(b, Fraction):
            return exact(a, b)
        if isinstance(b, float):
            return inexact(float(a), b)
        if with_complex and isinstance(b, complex):
            return inexact(float(a), b)     # float op complex: the real-operand rules
        return NotImplemented

    def reverse(b, a):
        # a op b where b (self) is the Fraction; a is rarely a Fraction (then forward ran).
        if isinstance(a, _numbers.Rational):
            return exact(Fraction(a), b)
        if isinstance(a, _numbers.Real):
            return inexact(float(a), float(b))
        if with_complex and isinstance(a, _numbers.Complex):
            return inexact(complex(a), float(b))
        return NotImplemented

    forward.__name__ = '__' + name + '__'
    forward.__qualname__ = 'Fraction.' + forward.__name__
    reverse.__name__ = '__r' + name + '__'
    reverse.__qualname__ = 'Fraction.' + reverse.__name__
    return forward, reverse


# The exact operations on two Fractions.  The constructor reduces each result to lowest terms.

def _add(a, b):
    return Fraction(a._numerator * b._denominator + b._numerator * a._denominator,
                    a._denominator * b._denominator)


def _sub(a, b):
    return Fraction(a._numerator * b._denominator - b._numerator * a._denominator,
                    a._denominator * b._denominator)


def _mul(a, b):
    return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)


def _truediv(a, b):
    if b._numerator == 0:
        # a / b multiplies a by 1/b, and that is the Fraction the message names.
        raise ZeroDivisionError('Fraction(%s, 0)' % b._denominator)
    return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)


# floor division and modulo: a/b = (na*db) / (da*nb); the remainder is over da*db.

def _floordiv(a, b):
    return (a._numerator * b._denominator) // (a._denominator * b._numerator)


def _divmod(a, b):
    q, r = divmod(a._numerator * b._denominator, a._denominator * b._numerator)
    return q, Fraction(r, a._denominator * b._denominator)


def _mod(a, b):
    r = (a._numerator * b._denominator) % (b._numerator * a._denominator)
    return Fraction(r, a._denominator * b._denominator)


# ───────────────────────────── the class ─────────────────────────────

class Fraction(_numbers.Rational):
    """A rational number, exactly: numerator / denominator in lowest terms.

    Fraction(3, 4), Fraction(-6, 8) == Fraction(-3, 4), Fraction(5) == 5,
    Fraction(0.25) == Fraction(1, 4), Fraction('3/4'), Fraction(' -1.5e3 '),
    Fraction(Fraction(1, 3), 2) == Fraction(1, 6).
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, _numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, str):
                numerator, denominator = _parse(numerator)
            elif (isinstance(numerator, float)
                  or (not isinstance(numerator, type)
                      and hasattr(numerator, 'as_integer_ratio'))):
                # Exact, and already in lowest terms (float's ratio is).
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            else:
                raise TypeError('argument should be a string or a Rational instance or '
                                'have the as_integer_ratio() method')
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif (isinstance(numerator, _numbers.Rational)
              and isinstance(denominator, _numbers.Rational)):
            # (a/b) / (c/d) = (a*d) / (b*c)
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        # Lowest terms, and the sign on the numerator.
        g = _math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @classmethod
    def _from_coprime_ints(cls, numerator, denominator, /):
        # A Fraction from two ints already in lowest terms (denominator > 0): no gcd needed.
        self = super(Fraction, cls).__new__(cls)
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of float f: Fraction.from_float(0.1) == Fraction(3602879701896397, 2**55)."""
        if isinstance(f, _numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls._from_coprime_ints(*f.as_integer_ratio())

    @classmethod
    def from_number(cls, number):
        """The exact value of a Rational or of anything with as_integer_ratio() (not a str)."""
        if isinstance(number, _numbers.Rational):
            return cls._from_coprime_ints(number.numerator, number.denominator)
        if not isinstance(number, type) and hasattr(number, 'as_integer_ratio'):
            return cls._from_coprime_ints(*number.as_integer_ratio())
        raise TypeError('argument should be a Rational instance or '
                        'have the as_integer_ratio() method')

    @property
    def numerator(a):
        """The numerator: its sign is the Fraction's sign."""
        return a._numerator

    @property
    def denominator(a):
        """The denominator: always positive."""
        return a._denominator

    def is_integer(self):
        """True if the Fraction is a whole number (its denominator is 1)."""
        return self._denominator == 1

    def as_integer_ratio(self):
        """(numerator, denominator): the same pair float.as_integer_ratio() gives."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The Fraction closest to self whose denominator is at most max_denominator.

        Fraction('3.141592653589793').limit_denominator(1000) == Fraction(355, 113)
        """
        # The continued fraction of n/d is [a0; a1, a2, ...] with a_k the successive integer
        # quotients of Euclid's algorithm.  Its convergents p/q (truncations) are the best
        # approximations; the answer is the last convergent p1/q1 whose denominator fits, or a
        # "semiconvergent" between it and the one before, (p0 + k*p1) / (q0 + k*q1) with the
        # largest k that fits — whichever of the two is closer to self.
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        # The semiconvergent is the nearer one exactly when 2*d*(q0 + k*q1) <= self's
        # denominator, where d is the remainder Euclid's algorithm stopped at.
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction._from_coprime_ints(p1, q1)
        return Fraction._from_coprime_ints(p0 + k * p1, q0 + k * q1)

    def __repr__(self):
        """repr(Fraction(3, 4)) == 'Fraction(3, 4)'"""
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        """str(Fraction(3, 4)) == '3/4', str(Fraction(2)) == '2'"""
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def __format__(self, format_spec, /):
        """format(f, spec): spec as for float (types e E f F g G %), or fill/align/width/sign/#."""
        p = _parse_spec(format_spec)
        if p is not None:
            if not (p.type or p.no_neg_zero or p.zero_pad or p.point):
                return _format_no_type(self._numerator, self._denominator, p)
            # Both an alignment and zero padding would be ambiguous: refused.
            if p.type and not (p.align and p.zero_pad):
                return _format_float_style(self._numerator, self._denominator, p)
        raise ValueError('Invalid format specifier %r for object of type %r'
                         % (format_spec, type(self).__name__))

    # ── arithmetic ──
    __add__, __radd__ = _operators(_add, _operator.add, 'add')
    __sub__, __rsub__ = _operators(_sub, _operator.sub, 'sub')
    __mul__, __rmul__ = _operators(_mul, _operator.mul, 'mul')
    __truediv__, __rtruediv__ = _operators(_truediv, _operator.truediv, 'truediv')
    # complex has no //, % or divmod: with a complex these give NotImplemented (a TypeError).
    __floordiv__, __rfloordiv__ = _operators(_floordiv, _operator.floordiv, 'floordiv', False)
    __divmod__, __rdivmod__ = _operators(_divmod, divmod, 'divmod', False)
    __mod__, __rmod__ = _operators(_mod, _operator.mod, 'mod', False)

    def __pow__(a, b, modulo=None):
        """a ** b: exact for a whole exponent, else a float (or complex)."""
        if modulo is not None:
            return NotImplemented       # pow(a, b, m) is only for ints
        if isinstance(b, _numbers.Rational):
            if b.denominator != 1:
                return float(a) ** float(b)
            power = b.numerator
            n, d = a._numerator, a._denominator
            if power >= 0:
                return Fraction._from_coprime_ints(n ** power, d ** power)
            # A negative power inverts: (n/d) ** -k = d**k / n**k, the sign moved up.
            if n == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % d ** -power)
            if n < 0:
                n, d = -n, -d
            return Fraction._from_coprime_ints(d ** -power, n ** -power)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a, modulo=None):
        """a ** b with b the Fraction: an int stays an int for a whole b >= 0."""
        if modulo is not None:
            return NotImplemented
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, _numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        """+a (a Fraction even for a subclass)"""
        return Fraction._from_coprime_ints(a._numerator, a._denominator)

    def __neg__(a):
        """-a"""
        return Fraction._from_coprime_ints(-a._numerator, a._denominator)

    def __abs__(a):
        """abs(a)"""
        return Fraction._from_coprime_ints(abs(a._numerator), a._denominator)

    def __int__(a, _index=_operator.index):
        """int(a): towards zero."""
        if a._numerator < 0:
            return _index(-(-a._numerator // a._denominator))
        return _index(a._numerator // a._denominator)

    def __trunc__(a):
        """math.trunc(a): towards zero."""
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        """math.floor(a): the largest int <= a."""
        return a._numerator // a._denominator

    def __ceil__(a):
        """math.ceil(a): the smallest int >= a."""
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self): the nearest int, ties to even; round(self, k): a Fraction, k digits."""
        if ndigits is None:
            q, r = divmod(self._numerator, self._denominator)
            if 2 * r > self._denominator or (2 * r == self._denominator and q % 2 == 1):
                q += 1
            return q
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        """hash(self): equal to the hash of an equal int or float (see the header)."""
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            # The denominator is a multiple of the modulus: no inverse.
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * inverse)
        if self._numerator < 0:
            h = -h
        return -2 if h == -1 else h     # -1 is reserved (it means "error" in C)

    # ── comparisons ──
    def __eq__(a, b):
        """a == b, also with int, float and complex."""
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, _numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, _numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if _math.isnan(b) or _math.isinf(b):
                return 0.0 == b         # a Fraction is finite: equal to neither
            return a == a.from_float(b)
        return NotImplemented

    def _compare(a, b, op):
        # a op b for an ordering op: cross-multiply with a Rational; a finite float is made
        # an exact Fraction first, an infinite one compares as 0.0 does.
        if isinstance(b, _numbers.Rational):
            return op(a._numerator * b.denominator, a._denominator * b.numerator)
        if isinstance(b, float):
            if _math.isnan(b) or _math.isinf(b):
                return op(0.0, b)
            return op(a, a.from_float(b))
        return NotImplemented

    def __lt__(a, b):
        """a < b"""
        return a._compare(b, _operator.lt)

    def __gt__(a, b):
        """a > b"""
        return a._compare(b, _operator.gt)

    def __le__(a, b):
        """a <= b"""
        return a._compare(b, _operator.le)

    def __ge__(a, b):
        """a >= b"""
        return a._compare(b, _operator.ge)

    def __bool__(a):
        """a != 0"""
        return bool(a._numerator)

    # ── copying and pickling: a Fraction is immutable ──
    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
