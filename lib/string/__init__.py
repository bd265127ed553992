# lib/string/__init__.py — the `string` package: character-class constants, capwords and Template.
#
# What this step does: the constants are plain str values (ascii_letters, digits, ...), and
# capwords(s) capitalises each word.  Template does "$name" substitution:
#   $$          -> a literal $
#   $name       -> str(mapping['name'])   (name: an ASCII letter or _, then letters, digits, _)
#   ${name}     -> the same, with the name braced so text may follow directly
#   $ + other   -> an invalid placeholder: substitute() raises ValueError with its line and
#                  column, safe_substitute() leaves it as it is (and leaves missing names too).
# CPython finds the placeholders with one regular expression; minipy has no `re`, so
# _placeholders() scans the string by hand and yields the same matches the pattern would.
#
# Comes in: `import string` (frozen into the binary by lib/freeze.sh).
# Goes out: the constants, capwords, Template.
# Read next: str_methods.cpp (str.capitalize, str.split), format.cpp (str.format, the other
# way to fill in a template).
#
# Differences from CPython: no Formatter class; a Template subclass may change `delimiter`,
# but not `idpattern`, `braceidpattern`, `flags` or `pattern` (they are regular expressions,
# and there is no `re` module).

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits',
           'hexdigits', 'octdigits', 'printable', 'punctuation', 'whitespace', 'Template']

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
