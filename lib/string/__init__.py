# lib/string/__init__.py — the `string` package: character-class constants, capwords, Template
# and Formatter.
#
# What this step does: the constants are plain str values (ascii_letters, digits, ...), and
# capwords(s) capitalises each word.  Template does "$name" substitution:
#   $$          -> a literal $
#   $name       -> str(mapping['name'])   (name: an ASCII letter or _, then letters, digits, _)
#   ${name}     -> the same, with the name braced so text may follow directly
#   $ + other   -> an invalid placeholder: substitute() raises ValueError with its line and
#                  column, safe_substitute() leaves it as it is (and leaves missing names too).
# CPython finds the placeholders with one regular expression; here _placeholders() scans the
# string by hand and yields the same matches the pattern would.
# Formatter is str.format (PEP 3101) taken apart into methods a subclass may override:
#     'x={0.real!r:>{w}}'  --parse-->  ('x=', '0.real', '>{w}', 'r')
#   parse() splits the string into (literal text, field name, format spec, conversion)
#   tuples; get_field() resolves '0.real' — get_value(0) from the positional arguments (a name
#   from the keywords), then .real — convert_field() applies !r/!s/!a, the format spec is
#   itself expanded ('{w}' -> '6', one level deep), and format_field() calls format().
#   A field without a name ('{}') takes the next positional argument; mixing '{}' and '{0}'
#   raises ValueError.  CPython parses with the C helpers of str.format (_string); here they
#   are written out below (_formatter_parser, _formatter_field_name_split), with the same
#   error messages.
#
# Comes in: `import string` (frozen into the binary by lib/freeze.sh).
# Goes out: the constants, capwords, Template, Formatter.
# Read next: str_methods.cpp (str.capitalize, str.split), format.cpp (str.format, the same
# parser in C++, and format(), the mini-language format_field ends in).
#
# Differences from CPython: a Template subclass may change `delimiter`, but not `idpattern`,
# `braceidpattern`, `flags` or `pattern` (they are regular expressions that the hand-written
# scanner does not read).  Formatter.parse() and the second item of
# _formatter_field_name_split() are generators, not the C iterator types (formatteriterator,
# fieldnameiterator); like those, they raise their errors only when iteration reaches them.

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits',
           'hexdigits', 'octdigits', 'printable', 'punctuation', 'whitespace', 'Formatter',
           'Template']

import sys as _sys

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    '''Split the argument into words using split, capitalize each word using capitalize, and
    join the capitalized words using join.  With sep=None, runs of whitespace are one
    separator and leading/trailing whitespace is dropped; otherwise sep splits and joins.'''
    return (sep or ' ').join([word.capitalize() for word in s.split(sep)])


# ───────────────────────────── Template ─────────────────────────────

_ident_start = ascii_letters + '_'
_ident_rest = ascii_letters + digits + '_'


def _ident_end(s, i):
    # The end of the identifier starting at s[i], or i if none starts there.
    if i < len(s) and s[i] in _ident_start:
        i += 1
        while i < len(s) and s[i] in _ident_rest:
            i += 1
    return i


class _ChainMap:
    # The two mappings substitute() reads from: keyword arguments first, then the mapping.
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        if key in self.first:
            return self.first[key]
        return self.second[key]


_sentinel_dict = {}


class Template:
    '''A string class for supporting $-substitutions.'''

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _placeholders(self):
        # Yields (kind, start, end, name) for each delimiter in the template, in order; kind is
        # 'escaped', 'named', 'braced' or 'invalid' — the groups of CPython's pattern.  For
        # 'invalid', end is where the bad placeholder starts (just after the delimiter).
        s = self.template
        delim = self.delimiter
        dlen = len(delim)
        i = s.find(delim)
        while i >= 0:
            j = i + dlen
            if s.startswith(delim, j):
                yield ('escaped', i, j + dlen, None)
                i = s.find(delim, j + dlen)
                continue
            end = _ident_end(s, j)
            if end > j:
                yield ('named', i, end, s[j:end])
                i = s.find(delim, end)
                continue
            if j < len(s) and s[j] == '{':
                end = _ident_end(s, j + 1)
                if end > j + 1 and end < len(s) and s[end] == '}':
                    yield ('braced', i, end + 1, s[j + 1:end])
                    i = s.find(delim, end + 1)
                    continue
            yield ('invalid', i, j, None)
            i = s.find(delim, j)

    def _invalid(self, pos):
        lines = self.template[:pos].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = pos - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        last = 0
        s = self.template
        for kind, start, end, name in self._placeholders():
            out.append(s[last:start])
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                self._invalid(end)
            else:
                out.append(str(mapping[name]))
            last = end
        out.append(s[last:])
        return ''.join(out)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        last = 0
        s = self.template
        for kind, start, end, name in self._placeholders():
            out.append(s[last:start])
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                out.append(self.delimiter)      # left as it was
            else:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(s[start:end])
            last = end
        out.append(s[last:])
        return ''.join(out)

    def is_valid(self):
        '''True if the template has no invalid placeholders.'''
        for kind, start, end, name in self._placeholders():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        '''The names of the template's valid placeholders, each once, in order.'''
        ids = []
        for kind, start, end, name in self._placeholders():
            if name is not None and name not in ids:
                ids.append(name)
        return ids


# ───────────────────────────── Formatter ─────────────────────────────
#
# The two parsers of str.format (CPython: Objects/stringlib/unicode_format.h, exposed as
# _string.formatter_parser and _string.formatter_field_name_split).

def _formatter_parser(s):
    # Yields (literal_text, field_name, format_spec, conversion) for each piece of s.  '{{'
    # and '}}' end a literal with one brace; a piece with no field has field_name,
    # format_spec and conversion None.
    n = len(s)
    i = 0
    while i < n:
        # Literal text, up to the first brace.
        start = i
        c = ''
        while i < n:
            c = s[i]
            i += 1
            if c == '{' or c == '}':
                break
        at_end = i >= n
        length = i - start
        markup_follows = c == '{' or c == '}'
        if c == '}' and (at_end or s[i] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == '{':
            raise ValueError("Single '{' encountered in format string")
        if not at_end:
            if s[i] == c:
                i += 1                  # '{{' or '}}': the literal keeps one brace
                markup_follows = False
            else:
                length -= 1             # the '{' that opens a field is not literal text
        literal = s[start:start + length]
        if not markup_follows:
            yield (literal, None, None, None)
            continue
        field_name, format_spec, conversion, i = _parse_field(s, i)
        yield (literal, field_name, format_spec, conversion)


def _parse_field(s, i):
    # The field that starts at s[i] (just after its '{'): returns (field_name, format_spec,
    # conversion, index after the closing '}').
    n = len(s)
    start = i
    c = ''
    # The field name ends at '}', ':' or '!' — but not inside [...] ('{0[:]}').
    while i < n:
        c = s[i]
        i += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while i < n and s[i] != ']':
                i += 1
            continue
        if c == '}' or c == ':' or c == '!':
            break
    field_name = s[start:i - 1]
    conversion = None
    if c == '!' or c == ':':
        if c == '!':
            if i >= n:
                raise ValueError('end of string while looking for conversion specifier')
            conversion = s[i]
            i += 1
            if i < n:
                c = s[i]
                i += 1
                if c == '}':
                    return field_name, '', conversion, i
                if c != ':':
                    raise ValueError("expected ':' after conversion specifier")
        # The format spec runs to the '}' that balances the field's '{' (it may hold fields).
        spec_start = i
        count = 1
        while i < n:
            c = s[i]
            i += 1
            if c == '{':
                count += 1
            elif c == '}':
                count -= 1
                if count == 0:
                    return field_name, s[spec_start:i - 1], conversion, i
        raise ValueError("unmatched '{' in format spec")
    elif c != '}':
        raise ValueError("expected '}' before end of string")
    return field_name, '', None, i


def _decimal_value(ch):
    # The digit value of a Unicode decimal character ('7', '٣').  Every block of decimal
    # digits is ten in a row starting at its zero, so the value is the distance from the
    # start of the run of decimals, modulo 10.
    if '0' <= ch <= '9':
        return ord(ch) - 48
    cp = ord(ch)
    first = cp
    while first > 0 and chr(first - 1).isdecimal():
        first -= 1
    return (cp - first) % 10


def _get_integer(s):
    # s as an index if it is all decimal digits, else -1 (also for '').
    if not s:
        return -1
    accumulator = 0
    for ch in s:
        if not ch.isdecimal():
            return -1
        digit = _decimal_value(ch)
        if accumulator > (_sys.maxsize - digit) // 10:
            raise ValueError('Too many decimal digits in format string')
        accumulator = accumulator * 10 + digit
    return accumulator


def _field_name_rest(s, i):
    # Yields (is_attribute, key) for each '.name' or '[key]' after the first part of a field
    # name; a key of digits is an int.
    n = len(s)
    while i < n:
        c = s[i]
        i += 1
        if c == '.':
            start = i
            while i < n and s[i] != '.' and s[i] != '[':
                i += 1
            name = s[start:i]
            is_attr = True
            key = name
        elif c == '[':
            start = i
            while i < n and s[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            name = s[start:i]
            i += 1
            is_attr = False
            idx = _get_integer(name)
            key = idx if idx != -1 else name
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        if not name:
            raise ValueError('Empty attribute in format string')
        yield is_attr, key


def _formatter_field_name_split(field_name):
    # '0.real[1]' -> (0, <(True, 'real'), (False, 1)>): the first part (an int if it is all
    # digits) and an iterator over the rest.
    if not isinstance(field_name, str):
        raise TypeError('expected str, got %s' % type(field_name).__name__)
    i = 0
    n = len(field_name)
    while i < n and field_name[i] != '.' and field_name[i] != '[':
        i += 1
    first = field_name[:i]
    idx = _get_integer(first)
    return (idx if idx != -1 else first), _field_name_rest(field_name, i)


class Formatter:
    """str.format as overridable methods: format(fmt, *args, **kwargs) gives
    the same string as fmt.format(*args, **kwargs)."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        # auto_arg_index: the next index for '{}', or False once '{0}' has been seen.
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):

            if literal_text:
                result.append(literal_text)

            if field_name is not None:
                # '{}' / '{.attr}' take the next automatic index.
                field_first, _ = _formatter_field_name_split(field_name)
                if field_first == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index) + field_name
                    auto_arg_index += 1
                elif isinstance(field_first, int):
                    if auto_arg_index:
                        raise ValueError('cannot switch from automatic field '
                                         'numbering to manual field '
                                         'specification')
                    auto_arg_index = False      # from now on, '{}' is an error

                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)

                obj = self.convert_field(obj, conversion)

                # The format spec may hold fields of its own ('{:{width}}').
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs,
                    used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)

                result.append(self.format_field(obj, format_spec))

        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))

    def parse(self, format_string):
        """An iterable of (literal_text, field_name, format_spec, conversion);
        field_name is None for text after the last field."""
        if not isinstance(format_string, str):
            raise TypeError('expected str, got %s' % type(format_string).__name__)
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        """The object field_name ('0.name', 'key[3]') refers to, and the key of the
        argument it came from."""
        first, rest = _formatter_field_name_split(field_name)

        obj = self.get_value(first, args, kwargs)

        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]

        return obj, first
