# lib/json.py — the `json` module: Python values to JSON text and back.
#
# What this step does: JSON (RFC 8259) has six kinds of value — object {...}, array [...],
# string "...", number, true/false and null — which map onto dict, list, str, int/float,
# True/False and None.  The two directions:
#   * encoding (dumps/dump) walks the value recursively and appends text pieces to a list,
#     joined at the end.  Strings get their escapes (\" \\ \n ... and \u00XX for the other
#     control characters; with ensure_ascii every non-ASCII character becomes \uXXXX, and one
#     outside the Basic Multilingual Plane becomes a UTF-16 surrogate pair \ud83d\ude00).
#     Floats use repr() — the shortest text that reads back as the same float — and the
#     non-finite ones become NaN/Infinity/-Infinity (JavaScript's names, not strict JSON).
#     A dict of marker ids (the containers being encoded right now) catches a container that
#     contains itself; otherwise the recursion would never end.
#   * decoding (loads/load) is a hand-written recursive-descent scanner over the text with an
#     index: look at one character, decide what value starts there, read it, return the value
#     and the index just after it.  Errors are JSONDecodeError with CPython's messages and
#     positions ("Expecting value: line 1 column 1 (char 0)"), because programs print them.
# Both follow CPython's C accelerator (_json.c), which is what `json.dumps`/`json.loads` run
# there: the same order of checks, hence the same output and the same error for a bad input.
#
# Comes in: `import json` (frozen into the binary by lib/freeze.sh).
# Goes out: dumps, dump, loads, load, JSONDecodeError, and small JSONEncoder / JSONDecoder
# classes (subclass JSONEncoder and override default() to teach it new types; pass cls=).
# Read next: lib/copy.py (another recursive walk over containers, with a memo dict by id).
#
# Differences from CPython: one module instead of a package (no json.encoder/json.decoder/
# json.scanner/json.tool); pure Python (CPython's speed-ups are C).  iterencode() returns a
# list of pieces rather than a generator, so dump() writes nothing if encoding fails half-way.
# bytes input to loads() must be UTF-8 (minipy has no UTF-16/UTF-32 codecs), decoded with
# 'strict' (CPython uses 'surrogatepass', which minipy lacks).  Each nesting level costs two
# Python frames, so nesting deeper than about 490 levels raises RecursionError (CPython's C
# code goes deeper, and its message adds "... while decoding a JSON array ...").

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

_INF = float('inf')


# ───────────────────────────── the decoding error ─────────────────────────────

class JSONDecodeError(ValueError):
    '''Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    '''
    __module__ = 'json.decoder'     # CPython's name for it in tracebacks: json.decoder.JSONDecodeError

    def __init__(self, msg, doc, pos):
        # Lines count from 1; the column is the distance from the last newline before pos
        # (rfind gives -1 on the first line, so column pos + 1).
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


# ───────────────────────────── encoding ─────────────────────────────

# The two-character escapes JSON has; every other control character is written \u00XX.
_ESCAPES = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r',
            '\t': '\\t'}
for _i in range(0x20):
    _ESCAPES.setdefault(chr(_i), '\\u%04x' % _i)
del _i


def _encode_str(s, ensure_ascii):
    '''s as a JSON string literal, quotes included.'''
    # Fast path: printable ASCII with nothing to escape is copied as it is.
    if s.isascii() and s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    out = []
    for c in s:
        e = _ESCAPES.get(c)
        if e is not None:
            out.append(e)
        elif ensure_ascii and c > '~':          # DEL and everything past ASCII
            n = ord(c)
            if n < 0x10000:
                out.append('\\u%04x' % n)
            else:                               # UTF-16 surrogate pair: 10 bits + 10 bits
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
        else:
            out.append(c)
    return '"' + ''.join(out) + '"'


class JSONEncoder(object):
    '''Extensible JSON encoder: dict, list/tuple, str, int, float, True/False/None.
    Override default() (or pass default=) to encode other types.'''
    __module__ = 'json.encoder'
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','           # no trailing spaces before the newlines
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError('Object of type %s is not JSON serializable' % o.__class__.__name__)

    def encode(self, o):
        '''Return the JSON text of o.'''
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        '''Return the pieces of the JSON text of o (a list here; CPython yields them).'''
        # Per-call state: the markers of the containers being encoded, the indent unit.
        self._markers = {} if self.check_circular else None
        # CPython's C encoder checks the separators up front (its arguments 5 and 6).
        for argno, sep in ((5, self.key_separator), (6, self.item_separator)):
            if not isinstance(sep, str):
                raise TypeError('make_encoder() argument %d must be str, not %s'
                                % (argno, type(sep).__name__))
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self._indent_unit = indent
        out = []
        self._encode(o, 0, out)
        return out

    # ── one value: its text is appended to out ──

    def _encode(self, o, level, out):
        # bool is tested before int (True is an int); int/float subclasses are written by
        # int.__repr__/float.__repr__, so an overriding __repr__ (IntEnum's) is not used.
        if isinstance(o, str):
            out.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self._floatstr(o))
        elif isinstance(o, (list, tuple)):
            self._encode_list(o, level, out)
        elif isinstance(o, dict):
            self._encode_dict(o, level, out)
        else:
            # Not a JSON type: ask default() for something that is, and encode that.
            self._enter(o)
            newobj = self.default(o)
            try:
                self._encode(newobj, level, out)
            except BaseException as exc:
                exc.add_note('when serializing %s object' % type(o).__name__)
                raise
            self._leave(o)

    def _floatstr(self, o):
        if o != o:                  # only NaN is not equal to itself
            text = 'NaN'
        elif o == _INF:
            text = 'Infinity'
        elif o == -_INF:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant: ' + repr(o))
        return text

    # ── circular-reference markers: the ids of the containers on the current path ──

    def _enter(self, o):
        if self._markers is not None:
            if id(o) in self._markers:
                raise ValueError('Circular reference detected')
            self._markers[id(o)] = o        # keeps o alive, so its id is not reused

    def _leave(self, o):
        if self._markers is not None:
            del self._markers[id(o)]

    # ── containers ──
    # With an indent, each item goes on its own line, indented one unit deeper than the
    # bracket; the closing bracket goes back to the bracket's own level.  Empty containers
    # stay [] and {}.

    def _encode_list(self, lst, level, out):
        if not lst:
            out.append('[]')
            return
        self._enter(lst)
        if self._indent_unit is not None:
            level += 1
            newline_indent = '\n' + self._indent_unit * level
            separator = self.item_separator + newline_indent
            out.append('[' + newline_indent)
        else:
            newline_indent = None
            separator = self.item_separator
            out.append('[')
        for i, value in enumerate(lst):
            if i:
                out.append(separator)
            try:
                self._encode(value, level, out)
            except BaseException as exc:
                # Python 3.14 notes where in the data the bad value sits.
                exc.add_note('when serializing %s item %d' % (type(lst).__name__, i))
                raise
        if newline_indent is not None:
            out.append('\n' + self._indent_unit * (level - 1))
        out.append(']')
        self._leave(lst)

    def _encode_dict(self, dct, level, out):
        if not dct:
            out.append('{}')
            return
        self._enter(dct)
        out.append('{')
        if self._indent_unit is not None:
            level += 1
            newline_indent = '\n' + self._indent_unit * level
            item_separator = self.item_separator + newline_indent
        else:
            newline_indent = None
            item_separator = self.item_separator
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for key, value in items:
            # JSON keys are strings; the scalar keys are converted the way JavaScript would.
            if isinstance(key, str):
                keystr = key
            elif isinstance(key, float):
                keystr = self._floatstr(key)
            elif key is True:
                keystr = 'true'
            elif key is False:
                keystr = 'false'
            elif key is None:
                keystr = 'null'
            elif isinstance(key, int):
                keystr = int.__repr__(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError('keys must be str, int, float, bool or None, not %s'
                                % key.__class__.__name__)
            if first:
                first = False
                if newline_indent is not None:
                    out.append(newline_indent)
            else:
                out.append(item_separator)
            out.append(_encode_str(keystr, self.ensure_ascii))
            out.append(self.key_separator)
            try:
                self._encode(value, level, out)
            except BaseException as exc:
                exc.add_note('when serializing %s item %r' % (type(dct).__name__, key))
                raise
        if not first and newline_indent is not None:
            out.append('\n' + self._indent_unit * (level - 1))
        out.append('}')
        self._leave(dct)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    '''Serialize obj to a JSON formatted str.'''
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
         cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    '''Serialize obj as a JSON formatted stream to fp (an object with a .write() method).'''
    if cls is None:
        cls = JSONEncoder
    iterable = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                   allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                   sort_keys=sort_keys, **kw).iterencode(obj)
    for chunk in iterable:
        fp.write(chunk)


# ───────────────────────────── decoding ─────────────────────────────

_WHITESPACE = ' \t\n\r'         # JSON's four; a form feed or a no-break space is not one
_BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
              't': '\t'}
_HEXVAL = {}
for _i, _c in enumerate('0123456789abcdef'):
    _HEXVAL[_c] = _i
    _HEXVAL[_c.upper()] = _i
del _i, _c
_CONSTANTS = {'NaN': float('nan'), 'Infinity': _INF, '-Infinity': -_INF}


def _is_digit(c):
    return '0' <= c <= '9'          # ASCII digits only (str.isdigit accepts '٣' too)


class _Scanner:
    '''One pass over one document.  chars is the text itself when it is ASCII; otherwise a
    list of its characters, because minipy keeps str as UTF-8 and s[i] on a non-ASCII str
    has to count its way to character i.  Positions are character indices either way.'''

    def __init__(self, decoder, s):
        self.doc = s
        self.ascii = s.isascii()
        self.chars = s if self.ascii else list(s)
        self.n = len(s)
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant

    def error(self, msg, pos):
        return JSONDecodeError(msg, self.doc, pos)

    def text(self, start, end):
        '''The characters start..end-1 as a str.'''
        if self.ascii:
            return self.chars[start:end]
        return ''.join(self.chars[start:end])

    def skip_ws(self, i):
        chars = self.chars
        n = self.n
        while i < n and chars[i] in _WHITESPACE:
            i += 1
        return i

    def has(self, i, word):
        return self.text(i, i + len(word)) == word

    # ── any value: returns (value, index after it) ──

    def value(self, i):
        if i >= self.n:
            raise self.error('Expecting value', i)
        c = self.chars[i]
        if c == '"':
            return self.string(i)
        if c == '{':
            return self.object(i + 1)
        if c == '[':
            return self.array(i + 1)
        if c == 'n' and self.has(i, 'null'):
            return None, i + 4
        if c == 't' and self.has(i, 'true'):
            return True, i + 4
        if c == 'f' and self.has(i, 'false'):
            return False, i + 5
        if c == 'N' and self.has(i, 'NaN'):
            return self.parse_constant('NaN'), i + 3
        if c == 'I' and self.has(i, 'Infinity'):
            return self.parse_constant('Infinity'), i + 8
        if c == '-' and self.has(i, '-Infinity'):
            return self.parse_constant('-Infinity'), i + 9
        return self.number(i)

    # ── numbers: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)? ──
    # Reads the longest such prefix and stops; what follows is the caller's business, so
    # '01' reads 0 and then fails with "Extra data", and '1.' reads 1 the same way.

    def number(self, start):
        chars = self.chars
        n = self.n
        i = start
        if chars[i] == '-':
            i += 1
            if i >= n:
                raise self.error('Expecting value', start)
        c = chars[i]
        if '1' <= c <= '9':
            i += 1
            while i < n and _is_digit(chars[i]):
                i += 1
        elif c == '0':
            i += 1
        else:
            raise self.error('Expecting value', start)
        is_float = False
        if i + 1 < n and chars[i] == '.' and _is_digit(chars[i + 1]):
            is_float = True
            i += 2
            while i < n and _is_digit(chars[i]):
                i += 1
        if i + 1 < n and (chars[i] == 'e' or chars[i] == 'E'):
            e_start = i
            i += 1
            if i + 1 < n and (chars[i] == '-' or chars[i] == '+'):
                i += 1
            digits_start = i
            while i < n and _is_digit(chars[i]):
                i += 1
            if i > digits_start:
                is_float = True
            else:
                i = e_start                 # 'e' without digits is not part of the number
        numstr = self.text(start, i)
        if is_float:
            return self.parse_float(numstr), i
        return self.parse_int(numstr), i

    # ── strings: begin is the index of the opening quote ──

    def string(self, begin):
        chars = self.chars
        n = self.n
        chunks = []
        i = begin + 1
        while True:
            # A run of plain characters, up to a quote or a backslash.
            run_start = i
            while True:
                if i >= n:
                    raise self.error('Unterminated string starting at', begin)
                c = chars[i]
                if c == '"' or c == '\\':
                    break
                if c < ' ' and self.strict:
                    raise self.error('Invalid control character at', i)
                i += 1
            if i > run_start:
                chunks.append(self.text(run_start, i))
            if c == '"':
                return ''.join(chunks), i + 1
            # A backslash escape at i.
            if i + 1 >= n:
                raise self.error('Unterminated string starting at', begin)
            esc = chars[i + 1]
            if esc != 'u':
                ch = _BACKSLASH.get(esc)
                if ch is None:
                    raise self.error('Invalid \\escape', i)
                chunks.append(ch)
                i += 2
                continue
            cp = self.hex4(i + 1)
            i += 6
            # A high surrogate followed by \u and a low surrogate is one character outside
            # the BMP (how JSON, which counts in UTF-16, writes e.g. an emoji).
            if 0xd800 <= cp <= 0xdbff and i + 1 < n and chars[i] == '\\' and chars[i + 1] == 'u':
                low = self.hex4(i + 1)
                if 0xdc00 <= low <= 0xdfff:
                    cp = 0x10000 + (((cp - 0xd800) << 10) | (low - 0xdc00))
                    i += 6
            chunks.append(chr(cp))

    def hex4(self, u):
        '''The value of the four hex digits after the 'u' at index u.'''
        # Like _json.c, it also wants one more character after the digits (a string cannot
        # end there anyway), and reports every failure at the 'u'.
        if u + 5 >= self.n:
            raise self.error('Invalid \\uXXXX escape', u)
        cp = 0
        for k in range(u + 1, u + 5):
            d = _HEXVAL.get(self.chars[k])
            if d is None:
                raise self.error('Invalid \\uXXXX escape', u)
            cp = cp * 16 + d
        return cp

    # ── containers: i is the index just after the opening bracket ──

    def object(self, i):
        chars = self.chars
        n = self.n
        pairs = []
        i = self.skip_ws(i)
        if i < n and chars[i] == '}':
            i += 1
        else:
            while True:
                if i >= n or chars[i] != '"':
                    raise self.error('Expecting property name enclosed in double quotes', i)
                key, i = self.string(i)
                i = self.skip_ws(i)
                if i >= n or chars[i] != ':':
                    raise self.error("Expecting ':' delimiter", i)
                i = self.skip_ws(i + 1)
                value, i = self.value(i)
                pairs.append((key, value))
                i = self.skip_ws(i)
                if i < n and chars[i] == '}':
                    i += 1
                    break
                if i >= n or chars[i] != ',':
                    raise self.error("Expecting ',' delimiter", i)
                comma = i
                i = self.skip_ws(i + 1)
                if i < n and chars[i] == '}':
                    raise self.error('Illegal trailing comma before end of object', comma)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), i
        result = dict(pairs)                # a repeated key: the last one wins
        if self.object_hook is not None:
            result = self.object_hook(result)
        return result, i

    def array(self, i):
        chars = self.chars
        n = self.n
        values = []
        i = self.skip_ws(i)
        if i < n and chars[i] == ']':
            return values, i + 1
        while True:
            value, i = self.value(i)
            values.append(value)
            i = self.skip_ws(i)
            if i < n and chars[i] == ']':
                return values, i + 1
            if i >= n or chars[i] != ',':
                raise self.error("Expecting ',' delimiter", i)
            comma = i
            i = self.skip_ws(i + 1)
            if i < n and chars[i] == ']':
                raise self.error('Illegal trailing comma before end of array', comma)


class JSONDecoder(object):
    '''Simple JSON decoder: object → dict, array → list, string → str, number → int or float,
    true/false → True/False, null → None; also NaN, Infinity and -Infinity.'''
    __module__ = 'json.decoder'

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        '''The Python value of the JSON document s (whitespace around it is allowed).'''
        scanner = _Scanner(self, s)
        obj, end = scanner.value(scanner.skip_ws(0))
        end = scanner.skip_ws(end)
        if end != scanner.n:
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        '''Decode the document that starts at s[idx]; return (value, index after it).'''
        return _Scanner(self, s).value(idx)


def _detect_encoding(b):
    '''The encoding of JSON bytes: a byte-order mark, or where the zero bytes are (the text
    starts with two ASCII characters, so UTF-16/32 show zeros in known places).'''
    if b.startswith((b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00')):
        return 'utf-32'
    if b.startswith((b'\xfe\xff', b'\xff\xfe')):
        return 'utf-16'
    if b.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    '''Deserialize s (a str, bytes or bytearray holding a JSON document) to a Python object.'''
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError('the JSON object must be str, bytes or bytearray, not %s'
                            % s.__class__.__name__)
        encoding = _detect_encoding(s)
        if encoding == 'utf-8-sig':         # minipy has no utf-8-sig codec: drop the BOM
            s = bytes(s[3:]).decode('utf-8')
        else:
            s = s.decode(encoding)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    '''Deserialize fp (an object with a .read() method) holding a JSON document.'''
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
