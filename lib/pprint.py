# lib/pprint.py — the `pprint` module: pretty-printing nested data to fit a line width.
#
# What this step does: repr() writes a value on one line however long it gets; pprint breaks
# it over several lines so that each fits in `width` columns, indenting the inner levels.
# The whole algorithm is one question asked at every level: "does the one-line repr of this
# value fit in the room left on this line?"
#   * yes → write the one-line repr (built by _safe_repr, which is repr() made careful: dict
#     keys sorted, a container that contains itself shown as <Recursion on list with id=...>,
#     containers deeper than `depth` shown as [...] / {...} / (...)).
#   * no  → if the value's type has a layout function in _dispatch (dict, list, tuple, set,
#     frozenset, str, bytes, bytearray, the collections types, mappingproxy, SimpleNamespace,
#     dataclasses), that function writes the opening bracket, then each item by asking the
#     same question again one level deeper, one item per line, then the closing bracket.
#     A type without one is written on one line anyway.
# "The room left" is width - indent - allowance: indent is the column the value starts in,
# allowance the number of characters that must still follow it on its last line (the closing
# brackets and the comma of the enclosing containers).  Long strings are split into several
# adjacent literals at line ends and between words ('abc ' 'def'), which Python concatenates
# back; long bytes likewise, in pieces of 4 bytes.  With compact=True a list or tuple puts as
# many short items on each line as fit.
# The dispatch is by the type's __repr__, not by the type: a subclass of list that keeps
# list's __repr__ is laid out as a list, one that defines its own __repr__ is written as that.
#
# Comes in: `import pprint` / `from pprint import pprint, pformat` (frozen by lib/freeze.sh).
# Goes out: pprint, pformat, pp, saferepr, isreadable, isrecursive, PrettyPrinter.
# Read next: lib/json.py (another recursive writer with a dict of ids in progress),
#   lib/textwrap.py (fitting words to a width).
#
# Differences from CPython: the collections types minipy lacks (ChainMap, UserDict,
# UserList, UserString) have no layout here.  A string is split between words by a small
# scanner rather than the regular expression r'\S*\s*' (the same pieces).  ids in the
# recursion markers are minipy's addresses, so they differ between runs and from CPython.

import sys as _sys

__all__ = ['pprint', 'pformat', 'isreadable', 'isrecursive', 'saferepr',
           'PrettyPrinter', 'pp']


# ───────────────────────────── the module-level shortcuts ─────────────────────────────

def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print a Python object to a stream [default is sys.stdout]."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """Format a Python object into a pretty-printed representation."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Pretty-print a Python object (like pprint, but dicts keep their insertion order)."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """Version of repr() which can handle recursive data structures."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Determine if saferepr(object) is readable by eval()."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Determine if object requires a recursive representation."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


# ───────────────────────────── sorting anything ─────────────────────────────
# Dict keys and set items are sorted for a stable output, but {1: 'a', 'b': 2} has keys that
# do not compare.  _SafeKey wraps each one: when `<` raises TypeError it falls back to
# comparing (type name, id), Python 2's rule, so mixed types group by type.

class _SafeKey:
    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj)) <
                    (str(type(other.obj)), id(other.obj)))


def _safe_pair(item):
    # A (key, value) pair: both halves wrapped, because equal keys never occur but the
    # tuple comparison may still look at the values.
    return _SafeKey(item[0]), _SafeKey(item[1])


def _recursion(object):
    return '<Recursion on %s with id=%s>' % (type(object).__name__, id(object))


# Types whose repr is final: no containers inside, nothing to sort or to guard.
_SCALARS = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


def _split_words(line):
    # What re.findall(r'\S*\s*', line) gives, minus its final empty match: pieces that are
    # a run of non-space followed by a run of space ("abc  ", "def").
    pieces = []
    i = 0
    n = len(line)
    while i < n:
        j = i
        while j < n and not line[j].isspace():
            j += 1
        while j < n and line[j].isspace():
            j += 1
        pieces.append(line[i:j])
        i = j
    return pieces


def _bytes_pieces(object, width, allowance):
    # Cut bytes into reprs of at most `width` columns, in steps of 4 bytes; the last piece
    # must also leave room for `allowance`.
    current = b''
    last = len(object) // 4 * 4
    for i in range(0, len(object), 4):
        part = object[i:i + 4]
        candidate = current + part
        if i == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                yield repr(current)
            current = part
        else:
            current = candidate
    if current:
        yield repr(current)


# ───────────────────────────── the printer ─────────────────────────────

class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        """Handle pretty printing operations onto a stream using a set of
        configured parameters.

        indent: spaces added per nesting level; width: the wanted line width;
        depth: how many levels to show before writing '...'; stream: where
        pprint() writes (sys.stdout when omitted); compact: several short items
        per line; sort_dicts: sort dict keys; underscore_numbers: 1_000_000.
        """
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    # ── the public methods ──

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write('\n')

    def pformat(self, object):
        out = _Collector()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        text, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """Format object for a specific context, returning a string
        and flags indicating whether the representation is 'readable'
        and whether the object represents a recursive construct.

        Subclasses override this to change how single values are written.
        """
        return self._safe_repr(object, context, maxlevels, level)

    # ── the one question: does it fit? ──
    # context maps id(container) → 1 for every container being written right now (the path
    # from the top down to here); meeting one again means the data contains itself.

    def _format(self, object, stream, indent, allowance, context, level):
        objid = id(object)
        if objid in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        if len(rep) > self._width - indent - allowance:
            layout = self._dispatch.get(type(object).__repr__, None)
            if layout is not None:
                context[objid] = 1
                layout(self, object, stream, indent, allowance, context, level + 1)
                del context[objid]
                return
            if _is_generated_dataclass(object):
                context[objid] = 1
                self._pprint_dataclass(object, stream, indent, allowance, context, level + 1)
                del context[objid]
                return
        stream.write(rep)

    def _repr(self, object, context, level):
        # The one-line repr, through format() so that a subclass's override is used; the
        # readable/recursive flags are remembered for pprint's callers.
        rep, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return rep

    # ── writing the items of a container, one per line (or packed, with compact) ──

    def _format_items(self, items, stream, indent, allowance, context, level):
        write = stream.write
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            write((self._indent_per_level - 1) * ' ')
        newline = ',\n' + ' ' * indent
        delim = ''
        # `room` is what is left on the current line in compact mode; the +1 counts the
        # comma that every item but the last is followed by.
        room = max_room = self._width - indent + 1
        it = iter(items)
        try:
            following = next(it)
        except StopIteration:
            return
        last = False
        while not last:
            item = following
            try:
                following = next(it)
            except StopIteration:
                last = True
                max_room -= allowance
                room -= allowance
            if self._compact:
                rep = self._repr(item, context, level)
                needed = len(rep) + 2
                if room < needed:
                    room = max_room
                    if delim:
                        delim = newline
                if room >= needed:
                    room -= needed
                    write(delim)
                    delim = ', '
                    write(rep)
                    continue
            write(delim)
            delim = newline
            self._format(item, stream, indent, allowance if last else 1, context, level)

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        write = stream.write
        indent += self._indent_per_level
        newline = ',\n' + ' ' * indent
        last_index = len(items) - 1
        for i, (key, value) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, context, level)
            write(rep)
            write(': ')
            # The value starts after "key: "; every value but the last is followed by ','.
            self._format(value, stream, indent + len(rep) + 2,
                         allowance if last else 1, context, level)
            if not last:
                write(newline)

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        # name=value pairs, for SimpleNamespace and dataclasses.
        write = stream.write
        newline = ',\n' + ' ' * indent
        last_index = len(items) - 1
        for i, (name, value) in enumerate(items):
            last = i == last_index
            write(name)
            write('=')
            if id(value) in context:
                write('...')          # as the dataclass repr writes a field that loops back
            else:
                self._format(value, stream, indent + len(name) + 1,
                             allowance if last else 1, context, level)
            if not last:
                write(newline)

    # ── the layout functions, one per type (collected in _dispatch below the class) ──

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        write = stream.write
        write('{')
        if self._indent_per_level > 1:
            write((self._indent_per_level - 1) * ' ')
        if len(object):
            if self._sort_dicts:
                items = sorted(object.items(), key=_safe_pair)
            else:
                items = list(object.items())
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        write('}')

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1,
                     allowance + 1, context, level)
        stream.write(')')

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write('(')
        end = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(end), context, level)
        stream.write(end)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        typ = type(object)
        if typ is set:
            stream.write('{')
            end = '}'
        else:
            stream.write(typ.__name__ + '({')
            end = '})'
            indent += len(typ.__name__) + 1
        items = sorted(object, key=_SafeKey)
        self._format_items(items, stream, indent, allowance + len(end), context, level)
        stream.write(end)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        # A long string becomes adjacent literals: first cut at the line ends (keeping the
        # '\n'), then a line still too long is cut between words.  At the top level the
        # pieces are wrapped in parentheses, so the result still reads back as one string.
        write = stream.write
        if not len(object):
            write(repr(object))
            return
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        max_width = self._width - indent
        max_width_last = max_width
        for i, line in enumerate(lines):
            rep = repr(line)
            last_line = i == len(lines) - 1
            if last_line:
                max_width_last -= allowance
            if len(rep) <= max_width_last:
                chunks.append(rep)
                continue
            words = _split_words(line)
            room = max_width
            current = ''
            for j, word in enumerate(words):
                candidate = current + word
                if last_line and j == len(words) - 1:
                    room -= allowance
                if len(repr(candidate)) > room:
                    if current:
                        chunks.append(repr(current))
                    current = word
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            write(rep)
            return
        if level == 1:
            write('(')
        for i, chunk in enumerate(chunks):
            if i > 0:
                write('\n' + ' ' * indent)
            write(chunk)
        if level == 1:
            write(')')

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        write = stream.write
        if len(object) <= 4:
            write(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            write('(')
        delim = ''
        for rep in _bytes_pieces(object, self._width - indent, allowance):
            write(delim)
            write(rep)
            delim = '\n' + ' ' * indent
        if parens:
            write(')')

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1,
                           context, level + 1)
        stream.write(')')

    def _pprint_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write('mappingproxy(')
        self._format(object.copy(), stream, indent + 13, allowance + 1, context, level)
        stream.write(')')

    def _pprint_simplenamespace(self, object, stream, indent, allowance, context, level):
        # SimpleNamespace's repr says "namespace"; a subclass's says its own name.
        name = 'namespace' if type(object) is _SimpleNamespace else type(object).__name__
        stream.write(name + '(')
        self._format_namespace_items(list(object.__dict__.items()), stream,
                                     indent + len(name) + 1, allowance, context, level)
        stream.write(')')

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        from dataclasses import fields
        name = type(object).__name__
        items = [(f.name, getattr(object, f.name)) for f in fields(object) if f.repr]
        stream.write(name + '(')
        self._format_namespace_items(items, stream, indent + len(name) + 1, allowance,
                                     context, level)
        stream.write(')')

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = type(object).__name__
        indent += len(name) + 1
        stream.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '({')
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        self._format_dict_items(object.most_common(), stream, indent + len(name) + 1,
                                allowance + 2, context, level)
        stream.write('})')

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '([')
        indent += len(name) + 1
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
        else:
            self._format_items(object, stream, indent, 2, context, level)
            maxlen = self._repr(object.maxlen, context, level)
            stream.write('],\n%smaxlen=%s)' % (' ' * indent, maxlen))

    # ── the careful one-line repr ──

    def _safe_repr(self, object, context, maxlevels, level):
        """Return (repr string, is it readable by eval(), does it contain itself)."""
        typ = type(object)
        if typ in _SCALARS:
            return repr(object), True, False

        r = getattr(typ, '__repr__', None)

        if issubclass(typ, int) and r is int.__repr__:
            if self._underscore_numbers:
                return f'{object:_d}', True, False
            return repr(object), True, False

        if issubclass(typ, dict) and r is dict.__repr__:
            if not object:
                return '{}', True, False
            objid = id(object)
            if maxlevels and level >= maxlevels:
                return '{...}', False, objid in context
            if objid in context:
                return _recursion(object), False, True
            context[objid] = 1
            readable = True
            recursive = False
            parts = []
            level += 1
            if self._sort_dicts:
                items = sorted(object.items(), key=_safe_pair)
            else:
                items = object.items()
            for k, v in items:
                krepr, kreadable, krecur = self.format(k, context, maxlevels, level)
                vrepr, vreadable, vrecur = self.format(v, context, maxlevels, level)
                parts.append('%s: %s' % (krepr, vrepr))
                readable = readable and kreadable and vreadable
                if krecur or vrecur:
                    recursive = True
            del context[objid]
            return '{%s}' % ', '.join(parts), readable, recursive

        is_list = issubclass(typ, list) and r is list.__repr__
        if is_list or (issubclass(typ, tuple) and r is tuple.__repr__):
            if not object:
                return ('[]' if is_list else '()'), True, False
            if is_list:
                template = '[%s]'
            elif len(object) == 1:
                template = '(%s,)'
            else:
                template = '(%s)'
            objid = id(object)
            if maxlevels and level >= maxlevels:
                return template % '...', False, objid in context
            if objid in context:
                return _recursion(object), False, True
            context[objid] = 1
            readable = True
            recursive = False
            parts = []
            level += 1
            for item in object:
                irepr, ireadable, irecur = self.format(item, context, maxlevels, level)
                parts.append(irepr)
                if not ireadable:
                    readable = False
                if irecur:
                    recursive = True
            del context[objid]
            return template % ', '.join(parts), readable, recursive

        rep = repr(object)
        # "<function f at 0x...>" cannot be read back; "Point(x=1)" is taken to be readable.
        return rep, (rep and not rep.startswith('<')), False


class _Collector:
    # pformat's stream: pieces in a list, joined once (a StringIO without the io import).
    def __init__(self):
        self._pieces = []
        self.write = self._pieces.append

    def getvalue(self):
        return ''.join(self._pieces)


def _is_generated_dataclass(object):
    # A dataclass instance whose __repr__ is the one @dataclass generated (not one the class
    # wrote itself): only that repr is known to be "Name(field=value, ...)".
    if isinstance(object, type):
        return False
    params = getattr(type(object), '__dataclass_params__', None)
    if params is None or not params.repr:
        return False
    wrapped = getattr(object.__repr__, '__wrapped__', None)
    return wrapped is not None and '__create_fn__' in getattr(wrapped, '__qualname__', '')


# ───────────────────────────── the dispatch table ─────────────────────────────
# Keyed by the __repr__ of each type the printer knows how to break over lines.

import types as _types
import collections as _collections

_SimpleNamespace = _types.SimpleNamespace

PrettyPrinter._dispatch = _dispatch = {
    dict.__repr__: PrettyPrinter._pprint_dict,
    list.__repr__: PrettyPrinter._pprint_list,
    tuple.__repr__: PrettyPrinter._pprint_tuple,
    set.__repr__: PrettyPrinter._pprint_set,
    frozenset.__repr__: PrettyPrinter._pprint_set,
    str.__repr__: PrettyPrinter._pprint_str,
    bytes.__repr__: PrettyPrinter._pprint_bytes,
    bytearray.__repr__: PrettyPrinter._pprint_bytearray,
    _types.MappingProxyType.__repr__: PrettyPrinter._pprint_mappingproxy,
    _types.SimpleNamespace.__repr__: PrettyPrinter._pprint_simplenamespace,
    _collections.OrderedDict.__repr__: PrettyPrinter._pprint_ordered_dict,
    _collections.defaultdict.__repr__: PrettyPrinter._pprint_default_dict,
    _collections.Counter.__repr__: PrettyPrinter._pprint_counter,
    _collections.deque.__repr__: PrettyPrinter._pprint_deque,
}
del _dispatch
