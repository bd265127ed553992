# lib/re.py — the `re` module: regular expressions, parsed into a small tree and run by a
# backtracking machine written in Python.
#
# What this step does: a pattern such as r'(\w+)=(\d*)' goes through three stages.
#   1. parsing (_parse_sub, _parse, _parse_group, _parse_class): the pattern text becomes a
#      tree of tuples — ('lit', 'a', 0), ('cls', items, negate, ...), ('rep', min, max, mode,
#      node), ('group', 1, node), ('alt', [...]), ('seq', [...]) ...  Flags are resolved
#      here, so a node already knows whether it ignores case or lets '.' match a newline.  The
#      parser makes its checks in the order of CPython's re/_parser.py, so a bad pattern raises
#      re.error with the same message and position ("nothing to repeat at position 0").
#   2. compiling (_Compiler): the tree becomes a flat program, a list of instruction tuples:
#      LIT 'abc', STAR (repeat one character test greedily), MARK (a group starts or ends),
#      SPLIT (try this way, remember the other) ...  A character class becomes a "tester": a
#      frozenset, a predicate such as str.isdecimal, or both.  Done once per pattern; compiled
#      patterns are kept in _cache, as CPython keeps them in re._cache.
#   3. matching (_run): a loop over the program with an explicit backtracking stack instead of
#      recursion, so `(ab)*` over 100,000 characters needs no Python frames.  The stack holds
#      choice points (where to resume) and undo records (old values of group marks), popped on
#      failure.  Lookarounds and atomic groups run their sub-program in a nested _run.
# Speed comes from doing less in that loop: a repeat of one character test scans its run in
# one call (str.find for '.*' and [^"]*), then gives characters back only where the literal
# that follows it occurs (str.rfind); searching jumps with str.find to a literal prefix and
# skips characters that cannot start a match; \w+ alone is matched without the machine.
#
# The semantics are those of CPython's sre engine (Modules/_sre/sre_lib.h), including its less
# obvious rules: a repeat stops when an iteration matched the empty string; findall, finditer,
# sub and split allow an empty match right after a non-empty one, not at the same place twice
# (3.7+); lastindex is the group closed last; case-insensitive matching uses simple case
# folding plus the extra equivalences of re/_casefix.py ('k' matches KELVIN SIGN).
# Thread safety: a Pattern never changes once built and each match works on its own lists,
# so threads can share patterns; the one shared mutable object is the _cache dict.
#
# Comes in: `import re` (frozen into the binary by lib/freeze.sh).
# Goes out: compile, match, fullmatch, search, findall, finditer, sub, subn, split, escape,
# purge, error (= PatternError), Pattern, Match, RegexFlag and the flags A I L M S U X NOFLAG
# DEBUG, Scanner.
# Read next: lib/json.py (another hand-written scanner over text, with CPython's error messages).
#
# Differences from CPython: pure Python, so 10-40 times slower than the C engine; bytes
# patterns work by decoding subject and pattern as Latin-1 (one character per byte); \N{name}
# needs a Unicode name database minipy does not have (it raises re.error); the DEBUG flag
# prints nothing; no FutureWarning for '[[' or '--' in a class, and the DeprecationWarning for
# a positional count/maxsplit/flags only once a warnings module exists; finditer() returns a
# generator rather than a callable_iterator.

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer',
           'compile', 'purge', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M',
           'S', 'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE',
           'UNICODE', 'NOFLAG', 'RegexFlag', 'PatternError']

__version__ = '2.2.1'

_MAXREPEAT = 4294967295          # CPython's limit for {m,n}; also "no upper bound" below
_MAXGROUPS = 1073741823
_MAXSIZE = 9223372036854775807  # default endpos (sys.maxsize)


# ───────────────────────────── flags ─────────────────────────────

class _FlagType(type):
    def __repr__(cls):
        return '<flag %r>' % cls.__name__     # CPython's RegexFlag is an enum.IntFlag


class RegexFlag(int, metaclass=_FlagType):
    '''The re flags: ints that print as re.IGNORECASE|re.MULTILINE.'''
    __slots__ = ()

    def __repr__(self):
        value = int(self)
        if value == 0:
            return 're.NOFLAG'
        names = []
        for name, bit in _FLAG_NAMES:
            if value & bit:
                names.append('re.' + name)
                value &= ~bit
        if value:
            names.append(hex(value))
        return '|'.join(names)

    __str__ = __repr__

    def __format__(self, spec):
        if spec:
            return int.__format__(int(self), spec)
        return repr(self)

    @property
    def name(self):
        r = repr(self)
        return None if '0x' in r else r.replace('re.', '')

    @property
    def value(self):
        return int(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        # CPython's flag has boundary KEEP: ~ flips the bits of all defined flags (0x1ff).
        return RegexFlag(int(self) ^ 0x1ff)


# Definition order of CPython's RegexFlag, which is the order repr() lists them in.
_FLAG_NAMES = (('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32),
               ('MULTILINE', 8), ('DOTALL', 16), ('VERBOSE', 64), ('DEBUG', 128))

NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag(256)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
UNICODE = U = RegexFlag(32)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
VERBOSE = X = RegexFlag(64)
DEBUG = RegexFlag(128)
for _name, _bit in _FLAG_NAMES + (('NOFLAG', 0),):
    setattr(RegexFlag, _name, RegexFlag(_bit))
del _name, _bit

_TYPE_FLAGS = 256 | 4 | 32      # a, L, u: which character semantics
_GLOBAL_FLAGS = 128             # may not be turned on or off in a scoped group
_FLAG_CHARS = {'i': 2, 'L': 4, 'm': 8, 's': 16, 'x': 64, 'a': 256, 'u': 32}


# ───────────────────────────── the error ─────────────────────────────

class PatternError(Exception):
    '''Exception raised for invalid regular expressions.

    Attributes:

        msg: The unformatted error message
        pattern: The regular expression pattern
        pos: The index in the pattern where compilation failed (may be None)
        lineno: The line corresponding to pos (may be None)
        colno: The column corresponding to pos (may be None)
    '''
    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


error = PatternError


# ───────────────────────────── characters and case ─────────────────────────────

_DIGITS = frozenset('0123456789')
_OCTDIGITS = frozenset('01234567')
_HEXDIGITS = frozenset('0123456789abcdefABCDEF')
_ASCII_LETTERS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
_WHITESPACE = frozenset(' \t\n\r\v\f')
_SPECIAL = frozenset('.\\[{()*+?^$|')
_REPEAT_CHARS = frozenset('*+?{')
_ASCII_WORD = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
_ASCII_DIGIT = frozenset('0123456789')
_ASCII_SPACE = frozenset(' \t\n\r\f\v')
_ASCII_CHARS = tuple(map(chr, range(128)))

# The one-character escapes (\b is backspace only inside a class; outside it is a boundary).
_ESCAPES = {'\\a': '\a', '\\b': '\b', '\\f': '\f', '\\n': '\n', '\\r': '\r', '\\t': '\t',
            '\\v': '\v', '\\\\': '\\'}

# Case folding.  Two characters match under IGNORECASE when _fold gives the same result: the
# lowercase of the uppercase (simple one-character mappings only).  Some characters fold
# together without being each other's upper/lower case (KELVIN SIGN and 'k', the Greek final
# sigma...): _EXTRA_CASES lists them, one group per word, the folded character first.
# (Generated once from the Unicode 16.0 tables of CPython 3.14.)
_EXTRA_CASES = ('i\u0130\u0131 k\u212a s\u017f \xdf\u1e9e \xe5\u212b \u01c6\u01c5 \u01c9\u01c8 '
                '\u01cc\u01cb \u01f3\u01f2 \u03b2\u03d0 \u03b5\u03f5 \u03b8\u03d1\u03f4 '
                '\u03b9\u0345\u1fbe \u03ba\u03f0 \u03bc\xb5 \u03c0\u03d6 \u03c1\u03f1 '
                '\u03c3\u03c2 \u03c6\u03d5 \u03c9\u2126 \u0432\u1c80 \u0434\u1c81 \u043e\u1c82 '
                '\u0441\u1c83 \u0442\u1c84\u1c85 \u044a\u1c86 \u0463\u1c87 \u1e61\u1e9b '
                '\u1f80\u1f88 \u1f81\u1f89 \u1f82\u1f8a \u1f83\u1f8b \u1f84\u1f8c \u1f85\u1f8d '
                '\u1f86\u1f8e \u1f87\u1f8f \u1f90\u1f98 \u1f91\u1f99 \u1f92\u1f9a \u1f93\u1f9b '
                '\u1f94\u1f9c \u1f95\u1f9d \u1f96\u1f9e \u1f97\u1f9f \u1fa0\u1fa8 \u1fa1\u1fa9 '
                '\u1fa2\u1faa \u1fa3\u1fab \u1fa4\u1fac \u1fa5\u1fad \u1fa6\u1fae \u1fa7\u1faf '
                '\u1fb3\u1fbc \u1fc3\u1fcc \u1ff3\u1ffc \ua64b\u1c88')
_EXTRA = {}
for _w in _EXTRA_CASES.split():
    _EXTRA[_w[0]] = _w[1:]
del _w


def _fold(c):
    u = c.upper()
    if len(u) != 1:
        u = c
    low = u.lower()
    return low if len(low) == 1 else low[0]


def _case_variants(c, mode):
    '''Every character that matches c when case is ignored (mode 1: Unicode, 2: ASCII only).'''
    if mode == 2:
        if c in _ASCII_LETTERS:
            return frozenset((c.lower(), c.upper()))
        return frozenset(c)
    k = _fold(c)
    cands = {c, k, c.lower(), c.upper(), k.upper()}
    cands.update(_EXTRA.get(k, ''))
    return frozenset(x for x in cands if len(x) == 1 and _fold(x) == k)


def _fold_mode(flags, istext):
    if not flags & 2:
        return 0
    if not istext or flags & (256 | 4):
        return 2
    return 1


def _is_word(c):
    return c.isalnum() or c == '_'


def _not_word(c):
    return not (c.isalnum() or c == '_')


def _not_digit(c):
    return not c.isdecimal()


def _not_space(c):
    return not c.isspace()


def _not_ascii_word(c):
    return c not in _ASCII_WORD


def _not_ascii_digit(c):
    return c not in _ASCII_DIGIT


def _not_ascii_space(c):
    return c not in _ASCII_SPACE


# ───────────────────────────── parsing ─────────────────────────────
#
# The tree's nodes (tuples; first element is the kind):
#   ('lit', ch, fold)               one character; fold 0 = exact, 1 = Unicode case, 2 = ASCII case
#   ('cls', items, negate, fold, ascii)  a class; items are ('c', ch), ('r', lo, hi), ('cat', 'd')
#   ('any', dotall)                 '.'
#   ('at', code)                    ^ $ \A \Z \b \B (codes _AT_* below)
#   ('group', n, node)              capturing group n
#   ('seq', [nodes]) / ('alt', [nodes])
#   ('rep', min, max, mode, node)   mode: _GREEDY, _LAZY, _POSSESSIVE
#   ('ref', n, fold)                backreference
#   ('look', behind, negative, node)
#   ('atomic', node)                (?>...)
#   ('cond', n, yes, no)            (?(n)yes|no); no may be None
#   ('fail',)                       (?!) with nothing inside

_GREEDY, _LAZY, _POSSESSIVE = 0, 1, 2

_AT_BOS, _AT_BOL, _AT_EOS, _AT_EOSNL, _AT_EOL = 0, 1, 2, 3, 4
_AT_WB, _AT_NWB, _AT_WBA, _AT_NWBA = 5, 6, 7, 8


class _Source:
    '''The pattern text as a stream of tokens: one character, or a backslash and the next.'''

    def __init__(self, text, istext, original):
        self.text = text
        self.istext = istext
        self.original = original        # what re.error reports as .pattern (str or bytes)
        self.index = 0
        self.next = None
        self._advance()

    def _advance(self):
        i = self.index
        text = self.text
        if i >= len(text):
            self.next = None
            return
        c = text[i]
        if c == '\\':
            if i + 1 >= len(text):
                raise PatternError('bad escape (end of pattern)', self.original, len(text) - 1)
            c = text[i:i + 2]
            i += 1
        self.index = i + 1
        self.next = c

    def match(self, token):
        if self.next == token:
            self._advance()
            return True
        return False

    def get(self):
        token = self.next
        self._advance()
        return token

    def getwhile(self, n, charset):
        result = ''
        for _ in range(n):
            c = self.next
            if c not in charset:
                break
            result += c
            self._advance()
        return result

    def getuntil(self, terminator, name):
        result = ''
        while True:
            c = self.next
            self._advance()
            if c is None:
                if not result:
                    raise self.error('missing ' + name)
                raise self.error('missing %s, unterminated name' % terminator, len(result))
            if c == terminator:
                if not result:
                    raise self.error('missing ' + name, 1)
                break
            result += c
        return result

    def tell(self):
        return self.index - len(self.next or '')

    def seek(self, index):
        self.index = index
        self._advance()

    def error(self, msg, offset=0):
        return PatternError(msg, self.original, self.tell() - offset)

    def checkgroupname(self, name, offset):
        if not (self.istext or name.isascii()):
            raise self.error('bad character in group name %a' % name, len(name) + offset)
        if not name.isidentifier():
            raise self.error('bad character in group name %r' % name, len(name) + offset)


class _State:
    '''What the parser knows about groups so far.'''

    def __init__(self, flags):
        self.flags = flags
        self.groupdict = {}             # name -> group number
        self.groupwidths = [None]       # per group: (min, max) width once closed
        self.lookbehindgroups = None    # groups before this number are outside the lookbehind
        self.grouprefpos = {}           # (?(n)...) references, checked once all groups are known

    @property
    def groups(self):
        return len(self.groupwidths)

    def opengroup(self, name, src):
        gid = self.groups
        self.groupwidths.append(None)
        if gid > _MAXGROUPS:
            raise src.error('too many groups')
        if name is not None:
            ogid = self.groupdict.get(name)
            if ogid is not None:
                raise src.error('redefinition of group name %r as group %d; was group %d'
                                % (name, gid, ogid), len(name) + 1)
            self.groupdict[name] = gid
        return gid

    def closegroup(self, gid, node):
        self.groupwidths[gid] = _width(node, self)

    def checkgroup(self, gid):
        return gid < self.groups and self.groupwidths[gid] is not None

    def checklookbehindgroup(self, gid, src):
        if self.lookbehindgroups is not None:
            if not self.checkgroup(gid):
                raise src.error('cannot refer to an open group')
            if gid >= self.lookbehindgroups:
                raise src.error('cannot refer to group defined in the same lookbehind subpattern')


_MAXWIDTH = 1 << 64


def _width(node, state):
    '''(min, max) number of characters node can match; used for lookbehind.'''
    kind = node[0]
    if kind in ('lit', 'cls', 'any'):
        return 1, 1
    if kind in ('at', 'look', 'fail'):
        return 0, 0
    if kind == 'seq':
        lo = hi = 0
        for item in node[1]:
            a, b = _width(item, state)
            lo += a
            hi += b
        return min(lo, _MAXWIDTH), min(hi, _MAXWIDTH)
    if kind == 'alt':
        widths = [_width(item, state) for item in node[1]]
        return min(w[0] for w in widths), max(w[1] for w in widths)
    if kind == 'group':
        return _width(node[2], state)
    if kind == 'atomic':
        return _width(node[1], state)
    if kind == 'rep':
        a, b = _width(node[4], state)
        return min(a * node[1], _MAXWIDTH), min(b * node[2], _MAXWIDTH)
    if kind == 'ref':
        return state.groupwidths[node[1]]
    if kind == 'cond':
        lo, hi = _width(node[2], state)
        if node[3] is not None:
            a, b = _width(node[3], state)
            return min(lo, a), max(hi, b)
        return 0, hi
    return 0, 0


def _lit(ch, flags, istext):
    mode = _fold_mode(flags, istext)
    if mode and len(_case_variants(ch, mode)) == 1:
        mode = 0                        # a digit or '-' has no other case: match it exactly
    return ('lit', ch, mode)


def _is_ascii_mode(flags, istext):
    return not istext or bool(flags & (256 | 4))


def _parse_sub(src, state, verbose, nested, flags):
    '''An alternation a|b|c, up to an unmatched ')' or the end.'''
    items = []
    while True:
        # At the top level the flags may have grown by a global (?i) or (?x) in the first
        # branch; they hold for the branches after it too.
        f, v = flags, verbose
        if nested == 0:
            f = state.flags
            v = verbose or bool(f & 64)
        items.append(('seq', _parse(src, state, v, nested + 1, not nested and not items, f)))
        if not src.match('|'):
            break
    if len(items) == 1:
        return items[0]
    return ('alt', items)


def _combine_flags(flags, add, remove):
    if add & _TYPE_FLAGS:
        flags &= ~_TYPE_FLAGS
    return (flags | add) & ~remove


def _parse(src, state, verbose, nested, first, flags):
    '''A sequence of items up to '|' or ')'; returns the list of nodes.'''
    istext = src.istext
    items = []
    append = items.append
    while True:
        this = src.next
        if this is None or this == '|' or this == ')':
            break
        src._advance()
        if verbose:
            if this in _WHITESPACE:
                continue
            if this == '#':
                while True:
                    this = src.get()
                    if this is None or this == '\n':
                        break
                continue
        if this[0] == '\\':
            append(_escape(src, this, state, flags))
        elif this not in _SPECIAL:
            append(_lit(this, flags, istext))
        elif this == '[':
            append(_parse_class(src, flags))
        elif this in _REPEAT_CHARS:
            here = src.tell()
            if this == '?':
                lo, hi = 0, 1
            elif this == '*':
                lo, hi = 0, _MAXREPEAT
            elif this == '+':
                lo, hi = 1, _MAXREPEAT
            else:
                if src.next == '}':
                    append(_lit(this, flags, istext))
                    continue
                lo, hi = 0, _MAXREPEAT
                a = b = ''
                while src.next in _DIGITS:
                    a += src.get()
                if src.match(','):
                    while src.next in _DIGITS:
                        b += src.get()
                else:
                    b = a
                if not src.match('}'):
                    # not a repeat after all: '{' is a literal and parsing resumes after it
                    append(_lit(this, flags, istext))
                    src.seek(here)
                    continue
                if a:
                    lo = int(a)
                    if lo >= _MAXREPEAT:
                        raise OverflowError('the repetition number is too large')
                if b:
                    hi = int(b)
                    if hi >= _MAXREPEAT:
                        raise OverflowError('the repetition number is too large')
                    if hi < lo:
                        raise src.error('min repeat greater than max repeat', src.tell() - here)
            item = items[-1] if items else None
            if item is None or item[0] == 'at':
                raise src.error('nothing to repeat', src.tell() - here + len(this))
            if item[0] == 'rep':
                raise src.error('multiple repeat', src.tell() - here + len(this))
            if src.match('?'):
                mode = _LAZY
            elif src.match('+'):
                mode = _POSSESSIVE
            else:
                mode = _GREEDY
            items[-1] = ('rep', lo, hi, mode, item)
        elif this == '.':
            append(('any', bool(flags & 16)))
        elif this == '(':
            node = _parse_group(src, state, verbose, nested, first and not items, flags)
            if node is None:
                continue                    # a comment
            if node[0] == 'globalflags':
                flags = state.flags
                verbose = bool(state.flags & 64)
                continue
            append(node)
        elif this == '^':
            append(('at', _AT_BOL if flags & 8 else _AT_BOS))
        elif this == '$':
            append(('at', _AT_EOL if flags & 8 else _AT_EOSNL))
        else:
            raise AssertionError('unsupported special character %r' % this)
    return items


def _parse_group(src, state, verbose, nested, at_start, flags):
    '''Everything after '(': a group, lookaround, comment, flags or conditional.'''
    start = src.tell() - 1
    capture = True
    atomic = False
    name = None
    sub_flags = flags
    sub_verbose = verbose
    if src.match('?'):
        char = src.get()
        if char is None:
            raise src.error('unexpected end of pattern')
        if char == 'P':
            if src.match('<'):
                name = src.getuntil('>', 'group name')
                src.checkgroupname(name, 1)
            elif src.match('='):
                name = src.getuntil(')', 'group name')
                src.checkgroupname(name, 1)
                gid = state.groupdict.get(name)
                if gid is None:
                    raise src.error('unknown group name %r' % name, len(name) + 1)
                if not state.checkgroup(gid):
                    raise src.error('cannot refer to an open group', len(name) + 1)
                state.checklookbehindgroup(gid, src)
                return ('ref', gid, _fold_mode(flags, src.istext))
            else:
                char = src.get()
                if char is None:
                    raise src.error('unexpected end of pattern')
                raise src.error('unknown extension ?P' + char, len(char) + 2)
        elif char == ':':
            capture = False
        elif char == '#':
            while True:
                if src.next is None:
                    raise src.error('missing ), unterminated comment', src.tell() - start)
                if src.get() == ')':
                    break
            return None
        elif char in ('=', '!', '<'):
            behind = False
            saved = None
            if char == '<':
                char = src.get()
                if char is None:
                    raise src.error('unexpected end of pattern')
                if char not in ('=', '!'):
                    raise src.error('unknown extension ?<' + char, len(char) + 2)
                behind = True
                saved = state.lookbehindgroups
                if saved is None:
                    state.lookbehindgroups = state.groups
            body = _parse_sub(src, state, verbose, nested + 1, flags)
            if behind and saved is None:
                state.lookbehindgroups = None
            if not src.match(')'):
                raise src.error('missing ), unterminated subpattern', src.tell() - start)
            if char == '=':
                return ('look', behind, False, body)
            if body == ('seq', []):
                return ('fail',)
            return ('look', behind, True, body)
        elif char == '(':
            condname = src.getuntil(')', 'group name')
            if not (condname.isdecimal() and condname.isascii()):
                src.checkgroupname(condname, 1)
                condgroup = state.groupdict.get(condname)
                if condgroup is None:
                    raise src.error('unknown group name %r' % condname, len(condname) + 1)
            else:
                condgroup = int(condname)
                if not condgroup:
                    raise src.error('bad group number', len(condname) + 1)
                if condgroup >= _MAXGROUPS:
                    raise src.error('invalid group reference %d' % condgroup, len(condname) + 1)
                if condgroup not in state.grouprefpos:
                    state.grouprefpos[condgroup] = src.tell() - len(condname) - 1
            state.checklookbehindgroup(condgroup, src)
            yes = _parse(src, state, verbose, nested + 1, False, flags)
            no = None
            if src.match('|'):
                no = _parse(src, state, verbose, nested + 1, False, flags)
                if src.next == '|':
                    raise src.error('conditional backref with more than two branches')
            if not src.match(')'):
                raise src.error('missing ), unterminated subpattern', src.tell() - start)
            return ('cond', condgroup, ('seq', yes), None if no is None else ('seq', no))
        elif char == '>':
            capture = False
            atomic = True
        elif char in _FLAG_CHARS or char == '-':
            parsed = _parse_flags(src, state, char)
            if parsed is None:
                if not at_start:
                    raise src.error('global flags not at the start of the expression',
                                    src.tell() - start)
                return ('globalflags',)
            add, remove = parsed
            capture = False
            sub_flags = _combine_flags(flags, add, remove)
            sub_verbose = (verbose or bool(add & 64)) and not remove & 64
        else:
            raise src.error('unknown extension ?' + char, len(char) + 1)

    gid = state.opengroup(name, src) if capture else None
    body = _parse_sub(src, state, sub_verbose, nested + 1, sub_flags)
    if not src.match(')'):
        raise src.error('missing ), unterminated subpattern', src.tell() - start)
    if gid is not None:
        state.closegroup(gid, body)
        return ('group', gid, body)
    if atomic:
        return ('atomic', body)
    return body


def _parse_flags(src, state, char):
    '''Inline flags after '(?': returns None for global flags (?i), else (add, remove).'''
    add = remove = 0
    if char != '-':
        while True:
            flag = _FLAG_CHARS[char]
            if src.istext:
                if char == 'L':
                    raise src.error("bad inline flags: cannot use 'L' flag with a str pattern")
            elif char == 'u':
                raise src.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
            add |= flag
            if flag & _TYPE_FLAGS and (add & _TYPE_FLAGS) != flag:
                raise src.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
            char = src.get()
            if char is None:
                raise src.error('missing -, : or )')
            if char in (')', '-', ':'):
                break
            if char not in _FLAG_CHARS:
                msg = 'unknown flag' if char.isalpha() else 'missing -, : or )'
                raise src.error(msg, len(char))
    if char == ')':
        state.flags |= add
        return None
    if add & _GLOBAL_FLAGS:
        raise src.error('bad inline flags: cannot turn on global flag', 1)
    if char == '-':
        char = src.get()
        if char is None:
            raise src.error('missing flag')
        if char not in _FLAG_CHARS:
            msg = 'unknown flag' if char.isalpha() else 'missing flag'
            raise src.error(msg, len(char))
        while True:
            flag = _FLAG_CHARS[char]
            if flag & _TYPE_FLAGS:
                raise src.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
            remove |= flag
            char = src.get()
            if char is None:
                raise src.error('missing :')
            if char == ':':
                break
            if char not in _FLAG_CHARS:
                msg = 'unknown flag' if char.isalpha() else 'missing :'
                raise src.error(msg, len(char))
    if remove & _GLOBAL_FLAGS:
        raise src.error('bad inline flags: cannot turn off global flag', 1)
    if add & remove:
        raise src.error('bad inline flags: flag turned on and off', 1)
    return add, remove


def _parse_class(src, flags):
    '''A character class, after its '['.'''
    here = src.tell() - 1
    items = []
    negate = src.match('^')
    while True:
        this = src.get()
        if this is None:
            raise src.error('unterminated character set', src.tell() - here)
        if this == ']' and items:
            break
        if this[0] == '\\':
            code1 = _class_escape(src, this)
        else:
            code1 = ('c', this)
        if src.match('-'):
            that = src.get()
            if that is None:
                raise src.error('unterminated character set', src.tell() - here)
            if that == ']':
                items.append(code1)
                items.append(('c', '-'))
                break
            if that[0] == '\\':
                code2 = _class_escape(src, that)
            else:
                code2 = ('c', that)
            if code1[0] != 'c' or code2[0] != 'c' or code2[1] < code1[1]:
                raise src.error('bad character range %s-%s' % (this, that),
                                len(this) + 1 + len(that))
            if code1[1] == code2[1]:
                items.append(code1)
            else:
                items.append(('r', ord(code1[1]), ord(code2[1])))
        else:
            items.append(code1)
    return ('cls', items, negate, _fold_mode(flags, src.istext), _is_ascii_mode(flags, src.istext))


def _hex_escape(src, escape, ndigits):
    escape += src.getwhile(ndigits, _HEXDIGITS)
    if len(escape) != ndigits + 2:
        raise src.error('incomplete escape %s' % escape, len(escape))
    code = int(escape[2:], 16)
    if code > 0x10FFFF:
        raise src.error('bad escape %s' % escape, len(escape))
    return chr(code)


def _class_escape(src, escape):
    '''An escape inside [...]: ('c', ch) or ('cat', letter).'''
    ch = _ESCAPES.get(escape)
    if ch is not None:
        return ('c', ch)
    c = escape[1]
    if c in 'dDsSwW':
        return ('cat', c)
    if c == 'x':
        return ('c', _hex_escape(src, escape, 2))
    if src.istext and c == 'u':
        return ('c', _hex_escape(src, escape, 4))
    if src.istext and c == 'U':
        return ('c', _hex_escape(src, escape, 8))
    if src.istext and c == 'N':
        return ('c', _named_escape(src))
    if c in _OCTDIGITS:
        escape += src.getwhile(2, _OCTDIGITS)
        code = int(escape[1:], 8)
        if code > 0o377:
            raise src.error('octal escape value %s outside of range 0-0o377' % escape,
                            len(escape))
        return ('c', chr(code))
    if c in _DIGITS or c in _ASCII_LETTERS:
        raise src.error('bad escape %s' % escape, len(escape))
    return ('c', c)


def _named_escape(src):
    if not src.match('{'):
        raise src.error('missing {')
    charname = src.getuntil('}', 'character name')
    try:
        import unicodedata
        return unicodedata.lookup(charname)
    except (ImportError, KeyError, TypeError):
        raise src.error('undefined character name %r' % charname,
                        len(charname) + len(r'\N{}')) from None


_CATEGORY_AT = {'A': _AT_BOS, 'Z': _AT_EOS, 'z': _AT_EOS}


def _escape(src, escape, state, flags):
    '''An escape outside a class: a node.'''
    istext = src.istext
    c = escape[1]
    if c in _CATEGORY_AT:
        return ('at', _CATEGORY_AT[c])
    if c == 'b' or c == 'B':
        ascii = _is_ascii_mode(flags, istext)
        if c == 'b':
            return ('at', _AT_WBA if ascii else _AT_WB)
        return ('at', _AT_NWBA if ascii else _AT_NWB)
    if c in 'dDsSwW':
        return ('cls', [('cat', c)], False, 0, _is_ascii_mode(flags, istext))
    ch = _ESCAPES.get(escape)
    if ch is not None:
        return _lit(ch, flags, istext)
    if c == 'x':
        return _lit(_hex_escape(src, escape, 2), flags, istext)
    if istext and c == 'u':
        return _lit(_hex_escape(src, escape, 4), flags, istext)
    if istext and c == 'U':
        return _lit(_hex_escape(src, escape, 8), flags, istext)
    if istext and c == 'N':
        return _lit(_named_escape(src), flags, istext)
    if c == '0':
        if src.next in _OCTDIGITS:
            escape += src.get()
            if src.next in _OCTDIGITS:
                escape += src.get()
        return _lit(chr(int(escape[1:], 8)), flags, istext)
    if c in _DIGITS:
        # an octal escape (three octal digits) or a group reference
        if src.next in _DIGITS:
            escape += src.get()
            if escape[1] in _OCTDIGITS and escape[2] in _OCTDIGITS and src.next in _OCTDIGITS:
                escape += src.get()
                code = int(escape[1:], 8)
                if code > 0o377:
                    raise src.error('octal escape value %s outside of range 0-0o377' % escape,
                                    len(escape))
                return _lit(chr(code), flags, istext)
        group = int(escape[1:])
        if group < state.groups:
            if not state.checkgroup(group):
                raise src.error('cannot refer to an open group', len(escape))
            state.checklookbehindgroup(group, src)
            return ('ref', group, _fold_mode(flags, istext))
        raise src.error('invalid group reference %d' % group, len(escape) - 1)
    if c in _ASCII_LETTERS:
        raise src.error('bad escape %s' % escape, len(escape))
    return _lit(c, flags, istext)


def _fix_flags(istext, flags):
    if istext:
        if flags & 4:
            raise ValueError('cannot use LOCALE flag with a str pattern')
        if not flags & 256:
            flags |= 32
        elif flags & 32:
            raise ValueError('ASCII and UNICODE flags are incompatible')
    else:
        if flags & 32:
            raise ValueError('cannot use UNICODE flag with a bytes pattern')
        if flags & 4 and flags & 256:
            raise ValueError('ASCII and LOCALE flags are incompatible')
    return flags


# ───────────────────────────── character testers ─────────────────────────────
#
# A one-character test is a pair (kind, data).  The kinds, fastest first:

_T_IN = 0       # data: frozenset of characters
_T_NOTIN = 1    # data: frozenset
_T_IN1 = 2      # data: the one character
_T_NOTIN1 = 3   # data: the one character that does not match
_T_ANY = 4      # '.': anything but '\n'
_T_ALL = 5      # '.' with DOTALL
_T_WORD = 6     # Unicode \w
_T_NWORD = 7    # Unicode \W
_T_FN = 8       # data: a predicate (only for the first character of some searches)
_T_MIX = 9      # data: (set of the matching ASCII characters, predicate for the rest)


def _class_tester(items, negate, fold, ascii):
    '''The tester of a class node: small ranges and case variants are spelled out into a set;
    categories and big ranges become predicates.'''
    chars = set()
    ranges = []
    preds = []
    for item in items:
        kind = item[0]
        if kind == 'c':
            chars.add(item[1])
        elif kind == 'r':
            lo, hi = item[1], item[2]
            if hi - lo < 512:
                chars.update(chr(x) for x in range(lo, hi + 1))
            else:
                ranges.append((chr(lo), chr(hi)))
        else:
            cat = item[1]
            if ascii:
                if cat == 'd':
                    chars.update(_ASCII_DIGIT)
                elif cat == 's':
                    chars.update(_ASCII_SPACE)
                elif cat == 'w':
                    chars.update(_ASCII_WORD)
                else:
                    preds.append({'D': _not_ascii_digit, 'S': _not_ascii_space,
                                  'W': _not_ascii_word}[cat])
            else:
                preds.append({'d': str.isdecimal, 's': str.isspace, 'w': _is_word,
                              'D': _not_digit, 'S': _not_space, 'W': _not_word}[cat])
    if fold:
        folded = set()
        for c in chars:
            folded.update(_case_variants(c, fold))
        chars = folded
        if ranges:
            preds.append(_folded_ranges(tuple(ranges), fold))
            ranges = []
    chars = frozenset(chars)
    pred = None
    if not ranges and not preds:
        if len(chars) == 1:
            c = next(iter(chars))
            return (_T_NOTIN1, c) if negate else (_T_IN1, c)
        return (_T_NOTIN, chars) if negate else (_T_IN, chars)
    if not chars and not ranges and len(preds) == 1:
        p = preds[0]
        if p is _is_word:
            return (_T_NWORD, None) if negate else (_T_WORD, None)
        if p is _not_word:
            return (_T_WORD, None) if negate else (_T_NWORD, None)
        if not negate:
            pred = p                    # \d is str.isdecimal, \s str.isspace: no wrapper
    if pred is None:
        pred = _class_pred(chars, tuple(ranges), tuple(preds), negate)
    return (_T_MIX, (frozenset(c for c in _ASCII_CHARS if pred(c)), pred))


def _class_pred(chars, ranges, preds, negate):
    def pred(c):
        if c in chars:
            return not negate
        for lo, hi in ranges:
            if lo <= c <= hi:
                return not negate
        for p in preds:
            if p(c):
                return not negate
        return negate
    return pred


def _folded_ranges(ranges, fold):
    def pred(c):
        for v in _case_variants(c, fold):
            for lo, hi in ranges:
                if lo <= v <= hi:
                    return True
        return False
    return pred


def _node_tester(node):
    '''The tester of a node that always matches exactly one character, else None.'''
    kind = node[0]
    if kind == 'lit':
        if node[2]:
            chars = _case_variants(node[1], node[2])
            if len(chars) > 1:
                return (_T_IN, chars)
        return (_T_IN1, node[1])
    if kind == 'cls':
        return _class_tester(node[1], node[2], node[3], node[4])
    if kind == 'any':
        return (_T_ALL, None) if node[1] else (_T_ANY, None)
    if kind == 'seq' and len(node[1]) == 1:
        return _node_tester(node[1][0])
    if kind == 'alt':
        # (?:a|b|c) of single characters is the class [abc]
        chars = set()
        for alt in node[1]:
            t = _node_tester(alt)
            if t is None or t[0] not in (_T_IN, _T_IN1):
                return None
            if t[0] == _T_IN:
                chars.update(t[1])
            else:
                chars.add(t[1])
        return (_T_IN, frozenset(chars))
    return None


def _tester_pred(t):
    '''A predicate function for any tester.'''
    kind, data = t
    if kind == _T_IN:
        return data.__contains__
    if kind == _T_IN1:
        return data.__eq__
    if kind == _T_NOTIN:
        return lambda c: c not in data
    if kind == _T_NOTIN1:
        return data.__ne__
    if kind == _T_ANY:
        return '\n'.__ne__
    if kind == _T_ALL:
        return lambda c: True
    if kind == _T_WORD:
        return _is_word
    if kind == _T_NWORD:
        return _not_word
    if kind == _T_FN:
        return data
    return data[1]


def _scan(kind, data, s, i, lim):
    '''The end of the longest run of characters from s[i] that pass the tester (at most lim).'''
    if lim <= i:
        return i
    if kind == 2:                       # _T_IN1
        while i < lim and s[i] == data:
            i += 1
    elif kind == 0:                     # _T_IN
        while i < lim and s[i] in data:
            i += 1
    elif kind == 4:                     # _T_ANY: up to the next newline
        j = s.find('\n', i, lim)
        return lim if j < 0 else j
    elif kind == 5:                     # _T_ALL
        return lim
    elif kind == 6:                     # _T_WORD
        while i < lim:
            c = s[i]
            if c.isalnum() or c == '_':
                i += 1
            else:
                break
    elif kind == 3:                     # _T_NOTIN1: up to the next occurrence
        j = s.find(data, i, lim)
        return lim if j < 0 else j
    elif kind == 1:                     # _T_NOTIN
        while i < lim and s[i] not in data:
            i += 1
    elif kind == 8:                     # _T_FN
        while i < lim and data(s[i]):
            i += 1
    elif kind == 9:                     # _T_MIX
        chars, pred = data
        while i < lim:
            c = s[i]
            if c in chars or (c > '\x7f' and pred(c)):
                i += 1
            else:
                break
    else:                               # _T_NWORD
        while i < lim:
            c = s[i]
            if c.isalnum() or c == '_':
                break
            i += 1
    return i


def _skip(kind, data, s, i, end):
    '''The first index from i whose character passes the tester (end if none).'''
    if kind == _T_IN1:
        j = s.find(data, i, end)
        return end if j < 0 else j
    if kind == _T_IN:
        if len(data) <= 4:
            return _find_any(data, s, i, end)
        while i < end and s[i] not in data:
            i += 1
        return i
    if kind == _T_WORD:
        while i < end:
            c = s[i]
            if c.isalnum() or c == '_':
                return i
            i += 1
        return i
    if kind == _T_MIX:
        chars, pred = data
        if 0 < len(chars) <= 12:
            return _skip_mix(chars, pred, s, i, end)
        while i < end:
            c = s[i]
            if c in chars or (c > '\x7f' and pred(c)):
                return i
            i += 1
        return i
    if kind == _T_FN:
        while i < end and not data(s[i]):
            i += 1
        return i
    pred = _tester_pred((kind, data))
    while i < end and not pred(s[i]):
        i += 1
    return i


def _skip_mix(chars, pred, s, i, end):
    '''_skip for a _T_MIX tester with few ASCII members (\d, \s): an all-ASCII stretch of
    the string is searched with str.find for each member, after a short look one character
    at a time (cheaper when a match is near, as spaces between words are).'''
    stop = i + 16 if i + 16 < end else end
    while i < stop:
        c = s[i]
        if c in chars or (c > '\x7f' and pred(c)):
            return i
        i += 1
    while i < end:
        stop = i + 256
        if stop > end:
            stop = end
        if s[i:stop].isascii():
            j = _find_any(chars, s, i, stop)
            if j < stop:
                return j
            i = stop
        else:
            while i < stop:
                c = s[i]
                if c in chars or (c > '\x7f' and pred(c)):
                    return i
                i += 1
    return end


def _find_any(chars, s, i, end):
    '''The first index from i of any of a few characters (end if none): str.find for each,
    over windows of 256 characters, so that a character that never occurs does not make
    every call scan to the end of the string.'''
    while i < end:
        stop = i + 256
        if stop > end:
            stop = end
        best = stop
        for c in chars:
            j = s.find(c, i, best)
            if j >= 0:
                best = j
        if best < stop:
            return best
        i = stop
    return end


# ───────────────────────────── compiling ─────────────────────────────
#
# The program is a list of tuples.  The matcher compares opcodes with literal numbers (a
# local constant is faster than a global name in its hot loop), so here is the table:
_LIT = 0        # (LIT, text, len)          text must come next
_IN = 1         # (IN, frozenset)           one character in the set
_STAR = 2       # (STAR, kind, data, min, max, next_char)  greedy repeat of one tester
_MARK = 3       # (MARK, slot, lastindex_slot, group)  a group starts (lastindex_slot -1) or ends
_SPLIT = 4      # (SPLIT, alt_pc, first_chars)  try pc+1, remember alt_pc
_JMP = 5        # (JMP, pc)
_SUCCESS = 6    # (SUCCESS,)
_PRED = 7       # (PRED, predicate)         one character passing the predicate
_ANY = 8        # (ANY,)                    one character, not '\n'
_AT = 9         # (AT, code)                an anchor or word boundary
_NOTIN = 10     # (NOTIN, frozenset)
_ALL = 11       # (ALL,)                    any one character
_REPINIT = 12   # (REPINIT, reg)            a general repeat starts: count 0, no last position
_REPMAX = 13    # (REPMAX, reg, min, max, exit_pc, first_chars)  greedy loop head
_REPMIN = 14    # (REPMIN, reg, min, max, exit_pc)  lazy loop head
_LAZY = 15      # (LAZY, kind, data, min, max, next_char)  lazy repeat of one tester
_POSS = 16      # (POSS, kind, data, min, max)  possessive repeat of one tester
_SPLITR = 17    # (SPLITR, pc)              try pc, remember pc+1 (lazy '?')
_REF = 18       # (REF, slot, fold)         backreference
_LOOK = 19      # (LOOK, program, back, negative)
_ATOMIC = 20    # (ATOMIC, program)
_COND = 21      # (COND, slot, no_pc)       continue if the group matched, else jump
_FAIL = 22      # (FAIL,)
#
# Slots (the list the matcher fills in): slots[2g], slots[2g+1] are where group g starts
# and ends (-1 = not matched), group 0 being the whole match; then one slot for lastindex;
# then two per general repeat: the iteration count and where the last iteration started.


class _Compiler:
    def __init__(self, ngroups, state):
        self.lastindex = 2 * (ngroups + 1)
        self.nslots = self.lastindex + 1
        self.state = state

    def program(self, node):
        prog = []
        self.emit(node, prog, None)
        prog.append((_SUCCESS,))
        return prog

    def emit(self, node, prog, next_char):
        # next_char: the exact character that must come right after node, or None; a greedy
        # repeat at the end of node then only gives characters back to where it occurs.
        kind = node[0]
        if kind == 'seq':
            self.emit_seq(node[1], prog, next_char)
        elif kind == 'lit' or kind == 'cls' or kind == 'any':
            prog.append(_one_op(_node_tester(node)))
        elif kind == 'group':
            g = node[1]
            prog.append((_MARK, 2 * g, -1, g))
            self.emit(node[2], prog, next_char)
            prog.append((_MARK, 2 * g + 1, self.lastindex, g))
        elif kind == 'alt':
            self.emit_alt(node[1], prog, next_char)
        elif kind == 'rep':
            self.emit_rep(node, prog, next_char)
        elif kind == 'at':
            prog.append((_AT, node[1]))
        elif kind == 'ref':
            prog.append((_REF, 2 * node[1], node[2]))
        elif kind == 'look':
            back = 0
            if node[1]:
                lo, hi = _width(node[3], self.state)
                if lo != hi:
                    raise PatternError('look-behind requires fixed-width pattern')
                back = lo
            prog.append((_LOOK, self.program(node[3]), back, node[2]))
        elif kind == 'atomic':
            prog.append((_ATOMIC, self.program(node[1])))
        elif kind == 'cond':
            at = len(prog)
            prog.append(None)
            self.emit(node[2], prog, None)
            if node[3] is None:
                prog[at] = (_COND, 2 * node[1], len(prog))
            else:
                jump = len(prog)
                prog.append(None)
                prog[at] = (_COND, 2 * node[1], len(prog))
                self.emit(node[3], prog, None)
                prog[jump] = (_JMP, len(prog))
        elif kind == 'fail':
            prog.append((_FAIL,))
        else:
            raise AssertionError('unknown node %r' % (kind,))

    def emit_seq(self, items, prog, next_char):
        items = _flatten(items)
        n = len(items)
        k = 0
        while k < n:
            item = items[k]
            if item[0] == 'lit' and item[2] == 0:
                # consecutive exact characters become one LIT (tested with startswith)
                j = k
                while j < n and items[j][0] == 'lit' and items[j][2] == 0:
                    j += 1
                text = ''.join(it[1] for it in items[k:j])
                prog.append((_LIT, text, len(text)))
                k = j
                continue
            self.emit(item, prog, _leading_char(items[k + 1]) if k + 1 < n else next_char)
            k += 1

    def emit_alt(self, alts, prog, next_char):
        jumps = []
        last = len(alts) - 1
        for k, alt in enumerate(alts):
            if k < last:
                at = len(prog)
                prog.append(None)
                self.emit(alt, prog, next_char)
                jumps.append(len(prog))
                prog.append(None)
                prog[at] = (_SPLIT, len(prog), _first_chars(alt))
            else:
                self.emit(alt, prog, next_char)
        for at in jumps:
            prog[at] = (_JMP, len(prog))

    def emit_rep(self, node, prog, next_char):
        lo, hi, mode, body = node[1], node[2], node[3], node[4]
        if hi == 0:
            return
        t = _node_tester(body)
        if t is not None:
            if mode == _GREEDY:
                prog.append((_STAR, t[0], t[1], lo, hi, next_char))
            elif mode == _LAZY:
                prog.append((_LAZY, t[0], t[1], lo, hi, next_char))
            else:
                prog.append((_POSS, t[0], t[1], lo, hi))
            return
        if mode == _POSSESSIVE:
            # x*+ is (?>x*): match greedily once, never give anything back
            sub = []
            self.emit_rep(('rep', lo, hi, _GREEDY, body), sub, None)
            sub.append((_SUCCESS,))
            prog.append((_ATOMIC, sub))
            return
        if lo == 1 and hi == 1:
            self.emit(body, prog, next_char)
            return
        if lo == 0 and hi == 1:
            at = len(prog)
            prog.append(None)
            self.emit(body, prog, None)
            if mode == _GREEDY:
                prog[at] = (_SPLIT, len(prog), _first_chars(body))
            else:
                prog[at] = (_SPLITR, len(prog))
            return
        reg = self.nslots
        self.nslots += 2
        prog.append((_REPINIT, reg))
        head = len(prog)
        prog.append(None)
        self.emit(body, prog, None)
        prog.append((_JMP, head))
        if mode == _GREEDY:
            prog[head] = (_REPMAX, reg, lo, hi, len(prog), _first_chars(body))
        else:
            prog[head] = (_REPMIN, reg, lo, hi, len(prog))


def _one_op(t):
    kind, data = t
    if kind == _T_IN1:
        return (_LIT, data, 1)
    if kind == _T_IN:
        return (_IN, data)
    if kind == _T_NOTIN:
        return (_NOTIN, data)
    if kind == _T_NOTIN1:
        return (_NOTIN, frozenset(data))
    if kind == _T_ANY:
        return (_ANY,)
    if kind == _T_ALL:
        return (_ALL,)
    return (_PRED, _tester_pred(t))


def _leading_char(node):
    '''The exact character every match of node starts with, or None.'''
    while True:
        kind = node[0]
        if kind == 'lit':
            return node[1] if node[2] == 0 else None
        if kind == 'group':
            node = node[2]
        elif kind == 'seq' and node[1]:
            node = node[1][0]
        else:
            return None


def _flatten(items):
    '''Splice nested sequences (non-capturing groups) into their parent sequence.'''
    out = []
    for item in items:
        if item[0] == 'seq':
            out.extend(_flatten(item[1]))
        elif item[0] == 'alt' and len(item[1]) == 1:
            out.extend(_flatten([item[1][0]]))
        else:
            out.append(item)
    return out


def _first(node):
    '''(testers, nullable): the testers one of which the first character of a match passes
    (None if unknown), and whether node can match the empty string.'''
    kind = node[0]
    if kind == 'lit' or kind == 'cls' or kind == 'any':
        return [_node_tester(node)], False
    if kind == 'at' or kind == 'look':
        return [], True
    if kind == 'group':
        return _first(node[2])
    if kind == 'atomic':
        return _first(node[1])
    if kind == 'seq':
        acc = []
        for item in node[1]:
            t, nullable = _first(item)
            if t is None:
                return None, False
            acc.extend(t)
            if not nullable:
                return acc, False
        return acc, True
    if kind == 'alt':
        acc = []
        any_nullable = False
        for item in node[1]:
            t, nullable = _first(item)
            if t is None:
                return None, False
            acc.extend(t)
            any_nullable = any_nullable or nullable
        return acc, any_nullable
    if kind == 'rep':
        if node[2] == 0:
            return [], True
        t, nullable = _first(node[4])
        return t, nullable or node[1] == 0
    if kind == 'fail':
        return [], False
    return None, False                  # ref, cond: unknown


def _first_chars(node):
    '''A frozenset of the possible first characters when it is small and known, else None.'''
    t, nullable = _first(node)
    if t is None or nullable:
        return None
    chars = set()
    for kind, data in t:
        if kind == _T_IN1:
            chars.add(data)
        elif kind == _T_IN:
            chars.update(data)
        else:
            return None
    return frozenset(chars)


def _first_tester(node):
    '''One tester for the first character of any match, or None (also if node can be empty).'''
    t, nullable = _first(node)
    if t is None or nullable or not t:
        return None
    if len(t) == 1:
        return t[0]
    chars = set()
    for kind, data in t:
        if kind == _T_IN1:
            chars.add(data)
        elif kind == _T_IN:
            chars.update(data)
        else:
            break
    else:
        return (_T_IN, frozenset(chars))
    preds = tuple(_tester_pred(x) for x in t)

    def pred(c):
        for p in preds:
            if p(c):
                return True
        return False
    return (_T_MIX, (frozenset(c for c in _ASCII_CHARS if pred(c)), pred))


def _prefix(items):
    '''The exact text every match starts with, from the top-level sequence ('' if none).
    Returns (text, complete) where complete says the whole sequence was literal.'''
    text = []
    for item in _flatten(items):
        kind = item[0]
        if kind == 'lit' and item[2] == 0:
            text.append(item[1])
        elif kind == 'at' or kind == 'look':
            if text:
                return ''.join(text), False     # an assertion after some text ends it
        elif kind == 'group':
            body = item[2]
            inner = body[1] if body[0] == 'seq' else [body]
            sub, complete = _prefix(inner)
            text.append(sub)
            if not complete:
                return ''.join(text), False
        else:
            return ''.join(text), False
    return ''.join(text), True


def _anchor(items):
    '''1 if every match must start at the beginning of the string, 2 at a line start, else 0.'''
    for item in _flatten(items):
        kind = item[0]
        if kind == 'at':
            if item[1] == _AT_BOS:
                return 1
            if item[1] == _AT_BOL:
                return 2
            return 0
        if kind == 'group':
            body = item[2]
            return _anchor(body[1] if body[0] == 'seq' else [body])
        return 0
    return 0


# ───────────────────────────── matching ─────────────────────────────

def _run(prog, s, i, end, slots, full, adv):
    '''Match prog against s from index i (characters up to end).  Returns the end of the
    match, or -1.  full: the match must end at end (fullmatch); adv: it must not be empty
    (the search after an empty match).  slots is filled in as groups match.'''
    start = i
    stack = []          # choice points and undo records, see the failure branch below
    push = stack.append
    pop = stack.pop
    pc = 0
    while True:
        op = prog[pc]
        code = op[0]
        if code < 7:
            if code == 0:                               # LIT
                if s.startswith(op[1], i, end):
                    i += op[2]
                    pc += 1
                    continue
            elif code == 1:                             # IN
                if i < end and s[i] in op[1]:
                    i += 1
                    pc += 1
                    continue
            elif code == 2:                             # STAR
                lim = i + op[4]
                if lim > end:
                    lim = end
                kind = op[1]
                if kind == 6:                           # \w, inline: the common case
                    n = i
                    while n < lim:
                        c = s[n]
                        if c.isalnum() or c == '_':
                            n += 1
                        else:
                            break
                elif kind == 4:                         # .
                    n = s.find('\n', i, lim) if lim > i else i
                    if n < 0:
                        n = lim
                else:
                    n = _scan(kind, op[2], s, i, lim)
                lo = i + op[3]
                # (sre refuses a repeat that starts beyond end: match(s, pos, endpos) with
                # pos > endpos)
                if n >= lo and i <= end:
                    ch = op[5]
                    if ch is None:
                        if n > lo:
                            push((2, pc + 1, lo, n - 1, None))
                        i = n
                        pc += 1
                        continue
                    # the next thing is the literal ch: only stop where it is
                    p = s.rfind(ch, lo, n + 1 if n < end else end)
                    if p >= 0:
                        if p > lo:
                            push((2, pc + 1, lo, p - 1, ch))
                        i = p
                        pc += 1
                        continue
            elif code == 3:                             # MARK
                k = op[1]
                li = op[2]
                if li < 0:
                    if stack:
                        push((1, k, slots[k]))
                else:
                    if stack:
                        push((6, k, slots[k], li, slots[li]))
                    slots[li] = op[3]
                slots[k] = i
                pc += 1
                continue
            elif code == 4:                             # SPLIT
                first = op[2]
                if first is not None and (i >= end or s[i] not in first):
                    pc = op[1]                          # this branch cannot start here
                    continue
                push((0, op[1], i))
                pc += 1
                continue
            elif code == 5:                             # JMP
                pc = op[1]
                continue
            else:                                       # SUCCESS
                if not ((full and i != end) or (adv and i == start)):
                    return i
        elif code < 12:
            if code == 7:                               # PRED
                if i < end and op[1](s[i]):
                    i += 1
                    pc += 1
                    continue
            elif code == 8:                             # ANY
                if i < end and s[i] != '\n':
                    i += 1
                    pc += 1
                    continue
            elif code == 9:                             # AT
                if _at(op[1], s, i, end):
                    pc += 1
                    continue
            elif code == 10:                            # NOTIN
                if i < end and s[i] not in op[1]:
                    i += 1
                    pc += 1
                    continue
            else:                                       # ALL
                if i < end:
                    i += 1
                    pc += 1
                    continue
        elif code == 13:                                # REPMAX: greedy loop head
            r = op[1]
            c = slots[r]
            if c < op[2]:                               # still below the minimum: go round
                if stack:
                    push((1, r, c))
                slots[r] = c + 1
                pc += 1
                continue
            first = op[5]
            # One more iteration, unless at the maximum, or the last iteration matched the
            # empty string (sre's rule; it stops (a*)* from looping forever), or the body
            # cannot start here.
            if (c < op[3] and i != slots[r + 1]
                    and (first is None or (i < end and s[i] in first))):
                push((7, op[4], i, r, c, slots[r + 1]))
                slots[r] = c + 1
                slots[r + 1] = i
                pc += 1
                continue
            pc = op[4]
            continue
        elif code == 12:                                # REPINIT
            r = op[1]
            if stack:
                push((6, r, slots[r], r + 1, slots[r + 1]))
            slots[r] = 0
            slots[r + 1] = -1
            pc += 1
            continue
        elif code == 14:                                # REPMIN: lazy loop head
            r = op[1]
            c = slots[r]
            if c < op[2]:
                if stack:
                    push((1, r, c))
                slots[r] = c + 1
                pc += 1
                continue
            push((5, pc, i))                            # later: one more iteration
            pc = op[4]
            continue
        elif code == 15:                                # LAZY
            lo = i + op[3]
            if _scan(op[1], op[2], s, i, lo if lo < end else end) == lo and i <= end:
                lim = i + op[4]
                if lim > end:
                    lim = end
                ch = op[5]
                if ch is not None and lo < end and s[lo] != ch:
                    # the next thing is the literal ch: go straight to where it is
                    lo = _lazy_next(op, s, lo, lim, end)
                if lo >= 0:
                    if lo < lim:
                        push((3, pc, lo, lim))
                    i = lo
                    pc += 1
                    continue
        elif code == 16:                                # POSS
            lim = i + op[4]
            if lim > end:
                lim = end
            n = _scan(op[1], op[2], s, i, lim)
            if n >= i + op[3] and i <= end:
                i = n
                pc += 1
                continue
        elif code == 17:                                # SPLITR
            push((0, pc + 1, i))
            pc = op[1]
            continue
        elif code == 18:                                # REF
            k = op[1]
            a = slots[k]
            b = slots[k + 1]
            if a >= 0 and b >= a:
                n = b - a
                if op[2] == 0:
                    if s.startswith(s[a:b], i, end):
                        i += n
                        pc += 1
                        continue
                elif i + n <= end and _same_folded(s, a, i, n, op[2]):
                    i += n
                    pc += 1
                    continue
        elif code == 19:                                # LOOK
            j = i - op[2]
            if j < 0:
                if op[3]:                               # (?<!...) at the very start holds
                    pc += 1
                    continue
            else:
                snap = slots[:]
                r = _run(op[1], s, j, end, slots, False, False)
                if op[3]:
                    slots[:] = snap
                    if r < 0:
                        pc += 1
                        continue
                elif r >= 0:
                    if stack:
                        push((4, snap))
                    pc += 1
                    continue
                else:
                    slots[:] = snap
        elif code == 20:                                # ATOMIC
            snap = slots[:]
            r = _run(op[1], s, i, end, slots, False, False)
            if r >= 0:
                if stack:
                    push((4, snap))
                i = r
                pc += 1
                continue
            slots[:] = snap
        elif code == 21:                                # COND
            k = op[1]
            if slots[k] >= 0 and slots[k + 1] >= slots[k]:
                pc += 1
            else:
                pc = op[2]
            continue
        # (FAIL lands here too.)

        # Failure: pop the stack until a choice point gives another way to go on.
        #   (0, pc, i)              resume at pc with position i
        #   (1, slot, old)          undo: slots[slot] = old
        #   (2, pc, lo, hi, ch)     greedy STAR: retry with the repeat ending at hi (>= lo)
        #   (3, pc, cur, lim)       LAZY at pc: take one more character at cur
        #   (4, snapshot)           restore all slots (after a lookaround or atomic group)
        #   (5, pc, i)              REPMIN at pc: try one more iteration from i
        #   (6, s1, old1, s2, old2) undo two slots (a group end and lastindex, ...)
        #   (7, pc, i, reg, count, last)  REPMAX: restore the repeat's two slots, resume at pc
        while True:
            if not stack:
                return -1
            e = pop()
            k = e[0]
            if k == 1:
                slots[e[1]] = e[2]
            elif k == 6:
                slots[e[1]] = e[2]
                slots[e[3]] = e[4]
            elif k == 0:
                pc = e[1]
                i = e[2]
                break
            elif k == 7:
                r = e[3]
                slots[r] = e[4]
                slots[r + 1] = e[5]
                pc = e[1]
                i = e[2]
                break
            elif k == 2:
                lo = e[2]
                hi = e[3]
                ch = e[4]
                if ch is not None:
                    hi = s.rfind(ch, lo, hi + 1)
                    if hi < 0:
                        continue
                if hi > lo:
                    push((2, e[1], lo, hi - 1, ch))
                pc = e[1]
                i = hi
                break
            elif k == 3:
                p = e[1]
                cur = e[2]
                op = prog[p]
                if op[5] is None:
                    if _scan(op[1], op[2], s, cur, cur + 1) == cur:
                        continue
                    cur += 1
                else:
                    cur = _lazy_next(op, s, cur, e[3], end)
                    if cur < 0:
                        continue
                if cur < e[3]:
                    push((3, p, cur, e[3]))
                pc = p + 1
                i = cur
                break
            elif k == 4:
                slots[:] = e[1]
            else:                       # 5
                p = e[1]
                i = e[2]
                op = prog[p]
                r = op[1]
                c = slots[r]
                if c >= op[3] or i == slots[r + 1]:
                    continue
                if stack:
                    push((6, r, c, r + 1, slots[r + 1]))
                slots[r] = c + 1
                slots[r + 1] = i
                pc = p + 1
                break


def _lazy_next(op, s, cur, lim, end):
    '''For LAZY op followed by the literal op[5]: the next position after cur (or cur itself
    when s[cur] is not that literal) where the literal is, with every character before it
    passing the tester; -1 if there is none within lim.'''
    ch = op[5]
    start = cur
    if cur < end and s[cur] == ch:
        cur += 1                        # s[cur] was tried as the end; now the repeat takes it
    stop = lim + 1 if lim < end else end
    q = s.find(ch, cur, stop)
    if q < 0 or _scan(op[1], op[2], s, start, q) != q:
        return -1
    return q


def _at(code, s, i, end):
    if code == _AT_BOS:
        return i == 0
    if code == _AT_BOL:
        return i == 0 or s[i - 1] == '\n'
    if code == _AT_EOS:
        return i == end
    if code == _AT_EOSNL:
        return i == end or (i == end - 1 and s[i] == '\n')
    if code == _AT_EOL:
        return i == end or (i < end and s[i] == '\n')
    if code <= _AT_NWB:
        before = i > 0 and _is_word(s[i - 1])
        after = i < end and _is_word(s[i])
    else:
        before = i > 0 and s[i - 1] in _ASCII_WORD
        after = i < end and s[i] in _ASCII_WORD
    if code == _AT_WB or code == _AT_WBA:
        return before != after
    return before == after


def _same_folded(s, a, i, n, mode):
    '''Whether s[a:a+n] equals s[i:i+n] ignoring case, for a backreference.  sre compares the
    lowercase of each character here, without the extra equivalences ('s' does not match
    LATIN SMALL LETTER LONG S through a backreference, although it does as a literal).'''
    for k in range(n):
        x = s[a + k]
        y = s[i + k]
        if x != y:
            if mode == 2 and (x not in _ASCII_LETTERS or y not in _ASCII_LETTERS):
                return False
            # (the simple lowercase: only U+0130 has a longer full one, 'i' + a combining dot)
            if x.lower()[0] != y.lower()[0]:
                return False
    return True


# ───────────────────────────── replacement templates ─────────────────────────────

def _compile_template(pattern, repl):
    '''repl ('\\1-\\g<name>') as a list of literal strings and group numbers.'''
    # The template depends on the pattern only through its groups: its text and flags say
    # which they are (a key with the Pattern itself would call Pattern.__eq__ in Python).
    key = ('\x00template', pattern.pattern, pattern.flags, type(repl), repl)
    t = _cache.get(key)
    if t is None:
        t = _parse_template(repl, pattern)
        _cache_put(key, t)
    return t


def _parse_template(repl, pattern):
    istext = isinstance(repl, str)
    src = _Source(repl if istext else repl.decode('latin-1'), istext, repl)
    items = []
    literal = []

    def addgroup(index, offset):
        if index > pattern.groups:
            raise src.error('invalid group reference %d' % index, offset)
        if literal:
            items.append(''.join(literal))
            del literal[:]
        items.append(index)

    while True:
        this = src.get()
        if this is None:
            break
        if this[0] != '\\':
            literal.append(this)
            continue
        c = this[1]
        if c == 'g':
            if not src.match('<'):
                raise src.error('missing <')
            name = src.getuntil('>', 'group name')
            if not (name.isdecimal() and name.isascii()):
                src.checkgroupname(name, 1)
                index = pattern._groupindex.get(name)
                if index is None:
                    raise IndexError('unknown group name %r' % name)
            else:
                index = int(name)
                if index >= _MAXGROUPS:
                    raise src.error('invalid group reference %d' % index, len(name) + 1)
            addgroup(index, len(name) + 1)
        elif c == '0':
            if src.next in _OCTDIGITS:
                this += src.get()
                if src.next in _OCTDIGITS:
                    this += src.get()
            literal.append(chr(int(this[1:], 8) & 0xff))
        elif c in _DIGITS:
            if src.next in _DIGITS:
                this += src.get()
                if c in _OCTDIGITS and this[2] in _OCTDIGITS and src.next in _OCTDIGITS:
                    this += src.get()
                    code = int(this[1:], 8)
                    if code > 0o377:
                        raise src.error('octal escape value %s outside of range 0-0o377'
                                        % this, len(this))
                    literal.append(chr(code))
                    continue
            addgroup(int(this[1:]), len(this) - 1)
        else:
            ch = _ESCAPES.get(this)
            if ch is None:
                if c in _ASCII_LETTERS:
                    raise src.error('bad escape %s' % this, len(this))
                ch = this               # an unknown escape of a non-letter stays as written
            literal.append(ch)
    if literal:
        items.append(''.join(literal))
    return items


def _expand(template, s, slots):
    parts = []
    for item in template:
        if item.__class__ is int:
            a = slots[2 * item]
            b = slots[2 * item + 1]
            if a >= 0 and b >= 0:
                parts.append(s[a:b])
        else:
            parts.append(item)
    return ''.join(parts)


# ───────────────────────────── Pattern and Match ─────────────────────────────

def _bounds(n, pos, endpos):
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos < 0:
        endpos = 0
    elif endpos > n:
        endpos = n
    return pos, endpos


class Pattern:
    '''Compiled regular expression object.'''
    __module__ = 're'
    __slots__ = ('pattern', 'flags', 'groups', '_groupindex', '_names', '_bytes', '_prog',
                 '_nslots', '_li', '_prefix', '_first', '_first_pred', '_anchor', '_literal',
                 '_run1')

    def __init__(self, *args):
        raise TypeError("cannot create 're.Pattern' instances")

    @property
    def groupindex(self):
        '''A dictionary mapping group names to group numbers.'''
        return dict(self._groupindex)

    def __repr__(self):
        flags = self.flags
        if not self._bytes and (flags & (4 | 32 | 256)) == 32:
            flags &= ~32            # UNICODE goes without saying for a str pattern
        text = 're.compile(%.200r' % (self.pattern,)
        if flags:
            text += ', ' + repr(RegexFlag(flags))
        return text + ')'

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.pattern == other.pattern and self.flags == other.flags
                and self._bytes == other._bytes)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @classmethod
    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)

    def __reduce__(self):
        return (_compile, (self.pattern, self.flags))

    # -- the subject: str for a str pattern; bytes are matched as Latin-1 text

    def _text(self, string):
        if self._bytes:
            if isinstance(string, (bytes, bytearray)):
                return string.decode('latin-1')
            if isinstance(string, str):
                raise TypeError('cannot use a bytes pattern on a string-like object')
        else:
            if isinstance(string, str):
                return string
            if isinstance(string, (bytes, bytearray)):
                raise TypeError('cannot use a string pattern on a bytes-like object')
        raise TypeError('expected string or bytes-like object, got %r' % type(string).__name__)

    def _search(self, s, pos, end, adv):
        '''The slots of the first match starting at pos or later, or None.'''
        if pos > end:
            return None
        prog = self._prog
        nslots = self._nslots
        if self._anchor == 1:
            slots = [-1] * nslots
            r = _run(prog, s, pos, end, slots, False, adv)
            if r < 0:
                return None
            slots[0] = pos
            slots[1] = r
            return slots
        run1 = self._run1
        if run1 is not None:
            # The pattern is one greedy repeat of a class, at least once (\w+, [a-z]{2,}):
            # the match is the first long enough run of such characters; no backtracking.
            kind, data, lo, hi = run1
            i = pos
            while True:
                i = _skip(kind, data, s, i, end)
                if i >= end:
                    return None
                lim = i + hi
                n = _scan(kind, data, s, i, lim if lim < end else end)
                if n - i >= lo:
                    slots = [-1] * nslots
                    slots[0] = i
                    slots[1] = n
                    return slots
                i = n + 1
        prefix = self._prefix
        first = self._first
        line_start = self._anchor == 2
        i = pos
        while i <= end:
            if prefix:
                i = s.find(prefix, i, end)
                if i < 0:
                    return None
                if self._literal and not (adv and i == pos):
                    slots = [-1] * nslots
                    slots[0] = i
                    slots[1] = i + len(prefix)
                    return slots
            elif first is not None:
                i = _skip(first[0], first[1], s, i, end)
                if i >= end:
                    return None
            elif line_start and i > 0 and s[i - 1] != '\n':
                i = s.find('\n', i, end)
                if i < 0:
                    return None
                i += 1
            slots = [-1] * nslots
            r = _run(prog, s, i, end, slots, False, adv and i == pos)
            if r >= 0:
                slots[0] = i
                slots[1] = r
                return slots
            i += 1
        return None

    def _match(self, s, pos, end, full):
        first = self._first_pred
        if first is not None:
            # a quick look at the first character before starting the machine
            if pos >= end or not first(s[pos]):
                return None
        slots = [-1] * self._nslots
        r = _run(self._prog, s, pos, end, slots, full, False)
        if r < 0:
            return None
        slots[0] = pos
        slots[1] = r
        return slots

    def match(self, string, pos=0, endpos=_MAXSIZE):
        '''Matches zero or more characters at the beginning of the string.'''
        s = string if string.__class__ is str and not self._bytes else self._text(string)
        end = len(s)
        if pos or endpos < end:
            pos, end = _bounds(end, pos, endpos)
        slots = self._match(s, pos, end, False)
        return None if slots is None else _new_match(self, string, slots, pos, end)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        '''Matches against all of the string.'''
        s = string if string.__class__ is str and not self._bytes else self._text(string)
        end = len(s)
        if pos or endpos < end:
            pos, end = _bounds(end, pos, endpos)
        slots = self._match(s, pos, end, True)
        return None if slots is None else _new_match(self, string, slots, pos, end)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        '''Scan through string looking for a match, and return a corresponding match object
        instance.  Return None if no position in the string matches.'''
        s = string if string.__class__ is str and not self._bytes else self._text(string)
        end = len(s)
        if pos or endpos < end:
            pos, end = _bounds(end, pos, endpos)
        slots = self._search(s, pos, end, False)
        return None if slots is None else _new_match(self, string, slots, pos, end)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        '''Return a list of all non-overlapping matches of pattern in string.'''
        s = self._text(string)
        pos, end = _bounds(len(s), pos, endpos)
        subject = _sliceable(string)
        groups = self.groups
        out = []
        run1 = self._run1
        if run1 is not None and self._anchor != 1:
            # \w+ and the like: the same loop as _search, without a slots list per match
            kind, data, lo, hi = run1
            i = pos
            while True:
                i = _skip(kind, data, s, i, end)
                if i >= end:
                    return out
                lim = i + hi
                n = _scan(kind, data, s, i, lim if lim < end else end)
                if n - i >= lo:
                    out.append(subject[i:n])
                    i = n
                else:
                    i = n + 1
        i = pos
        adv = False
        while i <= end:
            slots = self._search(s, i, end, adv)
            if slots is None:
                break
            a = slots[0]
            b = slots[1]
            if groups == 0:
                out.append(subject[a:b])
            elif groups == 1:
                out.append(subject[slots[2]:slots[3]] if slots[2] >= 0 else subject[0:0])
            else:
                item = []
                for g in range(1, groups + 1):
                    x = slots[2 * g]
                    item.append(subject[x:slots[2 * g + 1]] if x >= 0 else subject[0:0])
                out.append(tuple(item))
            adv = a == b
            i = b
        return out

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        '''Return an iterator over all non-overlapping matches for the pattern in string.
        For each match, the iterator returns a match object.'''
        s = string if string.__class__ is str and not self._bytes else self._text(string)
        pos, end = _bounds(len(s), pos, endpos)
        return _finditer(self, string, s, pos, end)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _SREScanner(self, string, pos, endpos)

    def sub(self, repl, string, count=0):
        '''Return the string obtained by replacing the leftmost non-overlapping occurrences
        of pattern in string by the replacement repl.'''
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        '''Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost
        non-overlapping occurrences of pattern with the replacement repl.'''
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        s = self._text(string)
        if callable(repl):
            func = repl
            literal = None
            template = None
        else:
            func = None
            if self._bytes:
                if not isinstance(repl, (bytes, bytearray)):
                    raise TypeError('expected a bytes-like object, %s found' % type(repl).__name__)
            elif not isinstance(repl, str):
                raise TypeError('expected str instance, %s found' % type(repl).__name__)
            literal = None
            if (b'\\' if self._bytes else '\\') not in repl:
                literal = repl if not self._bytes else bytes(repl).decode('latin-1')
            else:
                template = _compile_template(self, repl)
                if len(template) == 1 and template[0].__class__ is str:
                    literal = template[0]
                elif not template:
                    literal = ''
        pieces = []
        n = 0
        last = 0
        i = 0
        end = len(s)
        adv = False
        run1 = self._run1
        if run1 is not None and literal is not None:
            # re.sub(r'\s+', ' ', text): find each run directly, as findall does
            kind, data, lo, hi = run1
            while count >= 0 and (not count or n < count):
                i = _skip(kind, data, s, i, end)
                if i >= end:
                    break
                lim = i + hi
                b = _scan(kind, data, s, i, lim if lim < end else end)
                if b - i < lo:
                    i = b + 1
                    continue
                if last < i:
                    pieces.append(s[last:i])
                if literal:
                    pieces.append(literal)
                n += 1
                last = i = b
            count = -1                  # done: skip the general loop below
        while count >= 0 and (not count or n < count):
            slots = self._search(s, i, end, adv)
            if slots is None:
                break
            a = slots[0]
            b = slots[1]
            if last < a:
                pieces.append(s[last:a])
            if literal is not None:
                if literal:
                    pieces.append(literal)
            elif func is not None:
                item = func(_new_match(self, string, slots, 0, end))
                if item is not None:
                    if self._bytes:
                        if not isinstance(item, (bytes, bytearray)):
                            raise TypeError('sequence item %d: expected a bytes-like object, '
                                            '%s found' % (len(pieces), type(item).__name__))
                        item = item.decode('latin-1')
                    pieces.append(item)
            else:
                pieces.append(_expand(template, s, slots))
            n += 1
            last = b
            adv = a == b
            i = b
        if last < end:
            pieces.append(s[last:])
        if self._bytes:
            return ''.join(pieces).encode('latin-1'), n
        return ''.join(pieces), n

    def split(self, string, maxsplit=0):
        '''Split string by the occurrences of pattern.'''
        s = self._text(string)
        subject = _sliceable(string)
        if maxsplit < 0:
            return [subject[:]]
        out = []
        n = 0
        last = 0
        i = 0
        end = len(s)
        adv = False
        groups = self.groups
        while not maxsplit or n < maxsplit:
            slots = self._search(s, i, end, adv)
            if slots is None:
                break
            a = slots[0]
            b = slots[1]
            out.append(subject[last:a])
            for g in range(1, groups + 1):
                x = slots[2 * g]
                out.append(subject[x:slots[2 * g + 1]] if x >= 0 else None)
            n += 1
            adv = a == b
            last = i = b
        out.append(subject[last:])
        return out


def _generic_alias(cls, item):
    '''re.Pattern[str] (in annotations): a types.GenericAlias, as in CPython.'''
    try:
        return type(list[int])(cls, item)
    except TypeError:           # minipy cannot construct a GenericAlias yet
        return cls


def _sliceable(string):
    # Groups of a bytearray subject are bytes in CPython.
    if isinstance(string, (str, bytes)):
        return string
    return bytes(string)


def _finditer(pattern, string, s, pos, end):
    i = pos
    adv = False
    search = pattern._search
    while i <= end:
        slots = search(s, i, end, adv)
        if slots is None:
            return
        # (m.pos is the pos given to finditer, for every match)
        yield _new_match(pattern, string, slots, pos, end)
        adv = slots[0] == slots[1]
        i = slots[1]


class _SREScanner:
    '''What Pattern.scanner() returns: repeated match()/search() along one string.'''
    __slots__ = ('pattern', '_string', '_s', '_start', '_pos', '_end', '_adv')

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._s = pattern._text(string)
        self._pos, self._end = _bounds(len(self._s), pos, endpos)
        self._start = self._pos
        self._adv = False

    def _step(self, searching):
        i = self._pos
        if i is None or i > self._end:
            return None
        p = self.pattern
        if searching:
            slots = p._search(self._s, i, self._end, self._adv)
        else:
            slots = [-1] * p._nslots
            r = _run(p._prog, self._s, i, self._end, slots, False, self._adv)
            if r < 0:
                slots = None
            else:
                slots[0] = i
                slots[1] = r
        if slots is None:
            self._pos = None
            return None
        self._adv = slots[0] == slots[1]
        self._pos = slots[1]
        return _new_match(p, self._string, slots, self._start, self._end)

    def match(self):
        return self._step(False)

    def search(self):
        return self._step(True)


def _new_match(pattern, string, slots, pos, endpos):
    m = object.__new__(Match)
    m.re = pattern
    m.string = string
    m._slots = slots
    m.pos = pos
    m.endpos = endpos
    return m


class Match:
    '''The result of re.match() and re.search().'''
    __module__ = 're'
    __slots__ = ('re', 'string', '_slots', 'pos', 'endpos')

    def __init__(self, *args):
        raise TypeError("cannot create 're.Match' instances")

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return g
        else:
            try:
                index = self.re._groupindex.get(g)
            except TypeError:
                index = None
            if index is not None:
                return index
        raise IndexError('no such group')

    def _get(self, g, default=None):
        slots = self._slots
        a = slots[2 * g]
        b = slots[2 * g + 1]
        if a < 0 or b < 0:
            return default
        s = self.string
        if isinstance(s, (str, bytes)):
            return s[a:b]
        return bytes(s[a:b])

    def group(self, *args):
        '''Return subgroup(s) of the match by indices or names.
        For 0 returns the entire match.'''
        if not args:
            return self._get(0)
        if len(args) == 1:
            g = args[0]
            if g.__class__ is int and 0 <= g <= self.re.groups and self.string.__class__ is str:
                a = self._slots[2 * g]
                b = self._slots[2 * g + 1]
                return None if a < 0 or b < 0 else self.string[a:b]
            return self._get(self._index(g))
        return tuple(self._get(self._index(g)) for g in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        '''Return a tuple containing all the subgroups of the match, from 1.'''
        return tuple(self._get(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        '''Return a dictionary containing all the named subgroups of the match, keyed by the
        subgroup name.'''
        return {name: self._get(g, default) for name, g in self.re._groupindex.items()}

    def start(self, group=0):
        '''Return index of the start of the substring matched by group.'''
        return self._slots[2 * self._index(group)]

    def end(self, group=0):
        '''Return index of the end of the substring matched by group.'''
        g = self._index(group)
        return self._slots[2 * g + 1] if self._slots[2 * g] >= 0 else -1

    def span(self, group=0):
        '''For match object m, return the 2-tuple (m.start(group), m.end(group)).'''
        g = self._index(group)
        a = self._slots[2 * g]
        if a < 0:
            return (-1, -1)
        return (a, self._slots[2 * g + 1])

    @property
    def regs(self):
        return tuple(self.span(g) for g in range(self.re.groups + 1))

    @property
    def lastindex(self):
        '''The integer index of the last matched capturing group.'''
        li = self._slots[self.re._li]
        return None if li < 0 else li

    @property
    def lastgroup(self):
        '''The name of the last matched capturing group.'''
        li = self._slots[self.re._li]
        if li < 0:
            return None
        return self.re._names.get(li)

    def expand(self, template):
        '''Return the string obtained by doing backslash substitution on the string template,
        as done by the sub() method.'''
        p = self.re
        t = _compile_template(p, template)
        if p._bytes:
            return _expand(t, p._text(self.string), self._slots).encode('latin-1')
        return _expand(t, self.string, self._slots)

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%.50r>' % (
            self._slots[0], self._slots[1], self.group(0))

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @classmethod
    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)


# ───────────────────────────── compiling and the cache ─────────────────────────────

_cache = {}         # (type, pattern, flags) -> Pattern; also templates.  The only shared state.
_MAXCACHE = 512


def _build(pattern, flags):
    istext = isinstance(pattern, str)
    text = pattern if istext else pattern.decode('latin-1')
    state = _State(flags)
    src = _Source(text, istext, pattern)
    tree = _parse_sub(src, state, bool(flags & 64), 0, flags)
    state.flags = _fix_flags(istext, state.flags)
    if src.next is not None:
        raise src.error('unbalanced parenthesis')
    for g, pos in state.grouprefpos.items():
        if g >= state.groups:
            raise PatternError('invalid group reference %d' % g, pattern, pos)
    ngroups = state.groups - 1
    comp = _Compiler(ngroups, state)
    prog = comp.program(tree)

    p = object.__new__(Pattern)
    p.pattern = pattern
    p.flags = flags | state.flags
    p.groups = ngroups
    p._groupindex = state.groupdict
    p._names = {g: name for name, g in state.groupdict.items()}
    p._bytes = not istext
    p._prog = prog
    p._nslots = comp.nslots
    p._li = comp.lastindex
    items = tree[1] if tree[0] == 'seq' else [tree]
    prefix, complete = _prefix(items) if tree[0] == 'seq' else ('', False)
    p._prefix = prefix
    # A pattern that is nothing but literal text: the search is one str.find.
    p._literal = complete and bool(prefix) and ngroups == 0 and len(prog) == 2
    p._first = _first_tester(tree)
    p._first_pred = None if p._first is None else _tester_pred(p._first)
    p._run1 = None
    if len(prog) == 2 and ngroups == 0:
        if prog[0][0] == _STAR and prog[0][3] >= 1:
            p._run1 = prog[0][1:5]
        elif p._first is not None and prog[0][0] in (_IN, _PRED, _NOTIN, _ANY, _ALL):
            p._run1 = (p._first[0], p._first[1], 1, 1)     # one character: a run of one
    p._anchor = _anchor(items) if tree[0] == 'seq' else 0
    return p


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    try:
        p = _cache.get(key)
    except TypeError:
        p = None
    if p is not None:
        return p
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    p = _build(pattern, flags)
    if not flags & 128:
        _cache_put(key, p)
    return p


def _cache_put(key, value):
    if len(_cache) >= _MAXCACHE:
        # drop the oldest entry (dicts keep insertion order); another thread may race us
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    _cache[key] = value


# ───────────────────────────── the module functions ─────────────────────────────

def match(pattern, string, flags=0):
    '''Try to apply the pattern at the start of the string, returning a Match object, or
    None if no match was found.'''
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    '''Try to apply the pattern to all of the string, returning a Match object, or None if
    no match was found.'''
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    '''Scan through string looking for a match to the pattern, returning a Match object, or
    None if no match was found.'''
    return _compile(pattern, flags).search(string)


class _ZeroSentinel(int):
    pass


_zero = _ZeroSentinel()     # "not given": count/maxsplit and flags are keyword-only since 3.13


def _positional(fname, argname, given, args, first, flags):
    '''CPython 3.13+: count (maxsplit) and flags passed by position still work, with a
    DeprecationWarning.  Returns (first, flags).'''
    if first is not _zero:
        raise TypeError("%s() got multiple values for argument %r" % (fname, argname))
    first = args[0]
    if len(args) > 1:
        if flags is not _zero:
            raise TypeError("%s() got multiple values for argument 'flags'" % fname)
        flags = args[1]
        if len(args) > 2:
            raise TypeError('%s() takes from %d to %d positional arguments but %d were given'
                            % (fname, given, given + 2, given + len(args)))
    try:
        import warnings
    except ImportError:         # minipy has no warnings module yet
        pass
    else:
        warnings.warn('%r is passed as positional argument' % argname, DeprecationWarning,
                      stacklevel=3)
    return first, flags


def sub(pattern, repl, string, *args, count=_zero, flags=_zero):
    '''Return the string obtained by replacing the leftmost non-overlapping occurrences of
    the pattern in string by the replacement repl.'''
    if args:
        count, flags = _positional('sub', 'count', 3, args, count, flags)
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, *args, count=_zero, flags=_zero):
    '''Return a 2-tuple containing (new_string, number).'''
    if args:
        count, flags = _positional('subn', 'count', 3, args, count, flags)
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, *args, maxsplit=_zero, flags=_zero):
    '''Split the source string by the occurrences of the pattern, returning a list containing
    the resulting substrings.'''
    if args:
        maxsplit, flags = _positional('split', 'maxsplit', 2, args, maxsplit, flags)
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    '''Return a list of all non-overlapping matches in the string.'''
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    '''Return an iterator over all non-overlapping matches in the string.'''
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    '''Compile a regular expression pattern, returning a Pattern object.'''
    return _compile(pattern, flags)


def purge():
    '''Clear the regular expression caches.'''
    _cache.clear()


_SPECIAL_CHARS = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    '''Escape special characters in a string.'''
    if isinstance(pattern, str):
        return ''.join(['\\' + c if c in _SPECIAL_CHARS else c for c in pattern])
    text = bytes(pattern).decode('latin-1')
    return ''.join(['\\' + c if c in _SPECIAL_CHARS else c for c in text]).encode('latin-1')


class Scanner:
    '''A simple lexer: a list of (pattern, action) pairs tried in order at each position.'''

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        # One alternation with one group per phrase; the group that closed last (lastindex)
        # says which phrase matched.  Groups inside a phrase shift the numbers, hence owner.
        parts = []
        self._owner = {}
        gid = 1
        for k, (phrase, action) in enumerate(lexicon):
            self._owner[gid] = k
            parts.append('(%s)' % phrase)
            gid += 1 + _compile(phrase, flags).groups
        self.scanner = _compile('|'.join(parts), flags)

    def scan(self, string):
        result = []
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[self._owner[m.lastindex]][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]
