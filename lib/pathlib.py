# lib/pathlib.py — the `pathlib` module: file-system paths as objects.
#
# What this step does: os.path works on strings; pathlib wraps a path in an object that knows
# its parts, so that taking paths apart and putting them together are attributes and operators:
#     p = Path('src') / 'pkg' / 'mod.py'     ->  PosixPath('src/pkg/mod.py')
#     p.parent, p.name, p.stem, p.suffix     ->  PosixPath('src/pkg'), 'mod.py', 'mod', '.py'
# Two layers, as in CPython:
#   * PurePath (here always PurePosixPath) is only string work, never the disk.  A path is
#     parsed once, when it is made, into a root ('' relative, '/' absolute, or '//', which
#     POSIX lets a system give its own meaning) and a tail: the names between the slashes,
#     with empty names and '.' dropped.  'a//b/./c/' and 'a/b/c' are the same path; '..' is kept
#     (folding 'x/..' away could be wrong if x is a symbolic link).  Everything else is made
#     from those two: str(), parts, parent and parents, name/stem/suffix, the with_*() copies,
#     relative_to, ==, hash and ordering (names compared one by one, case-sensitively);
#     match() and full_match() test glob-style patterns against the path;
#   * Path (here always PosixPath) adds the calls that ask the file system, each a thin layer
#     over lib/os.py: stat, exists, is_dir, iterdir, mkdir, read_text, unlink, rename, ...
#     glob() walks directories with os.listdir, matching one name at a time.
# Patterns: '*' is any run of characters within one name, '?' one character, '[abc]', '[a-z]'
# and '[!abc]' a set; in full_match() and glob() a whole name '**' is any number of names
# (zero or more directories).  A small matcher below compiles a pattern into tokens and tries
# them against the string, remembering which (token, position) pairs have already failed.
#
# Comes in: `from pathlib import Path` (frozen by lib/freeze.sh).
# Goes out: PurePath, PurePosixPath, Path, PosixPath, UnsupportedOperation.
# Read next: lib/posixpath.py (the string rules underneath), lib/os.py and posixmodule.cpp (the
# system calls), lib/io.py (what Path.open returns).
#
# Differences from CPython: no PureWindowsPath/WindowsPath (minipy runs on POSIX only).
# The os calls are given str(path), as CPython's own iterdir does, so an OSError's filename is
# the path string.
# minipy's posix module has no lstat, readlink, symlink, chmod, utime or scandir, so: there is
# no is_symlink, lstat, readlink, symlink_to, hardlink_to, chmod, lchmod, owner, group, is_mount
# or Path.info; resolve() makes the path absolute and folds '..' without following symbolic
# links (CPython's os.path.realpath follows them); exists/is_dir/is_file/stat with
# follow_symlinks=False raise UnsupportedOperation; glob('**'), rglob and walk() follow links
# to directories (CPython does not by default); touch() on an existing file leaves its
# modification time alone.  No copy/move (3.14), no PurePath.as_uri (deprecated in 3.14; Path
# has as_uri), no is_reserved, and no sys.audit calls.

import io as _io
import os as _os
import posixpath as _posixpath

try:
    from collections.abc import Sequence as _Sequence
except ImportError:             # an interpreter without collections.abc
    _Sequence = object

__all__ = ['UnsupportedOperation', 'PurePath', 'PurePosixPath', 'Path', 'PosixPath']


class UnsupportedOperation(NotImplementedError):
    """Raised for a path operation this system (or this minipy) cannot do."""


# ───────────────────────────── glob-style patterns ─────────────────────────────
#
# A pattern compiles to a list of tokens, each a tuple whose first item says what it matches:
#     ('c', ch)            the character ch
#     ('?',)               one character other than '/'
#     ('[', items, neg)    one character in (or, with neg, not in) items: chars and (lo, hi) ranges
#     ('*',)               any run of characters other than '/', possibly empty
#     ('+',)               a run of one or more characters other than '/' (a whole name '*')
#     ('**/',)             nothing, or any characters up to and including a '/' (a name '**'
#                          before more names: zero or more directories)
#     ('**',)              anything at all (a final name '**')
# These are the regular-expression pieces CPython's glob.translate() builds, one token each.

def _translate_name(pat, tokens):
    # The tokens of one name of a pattern (no '/' in it), as fnmatch reads it.
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not (tokens and tokens[-1] == ('*',)):      # '**' inside a name is just '*'
                tokens.append(('*',))
        elif c == '?':
            tokens.append(('?',))
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':                     # a ']' first is a member
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                tokens.append(('c', '['))                   # no closing ']': a plain '['
                continue
            body = pat[i:j]
            i = j + 1
            negate = body.startswith('!')
            if negate:
                body = body[1:]
            items = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == '-':
                    if body[k] <= body[k + 2]:              # 'z-a' matches nothing
                        items.append((body[k], body[k + 2]))
                    k += 3
                else:
                    items.append(body[k])
                    k += 1
            tokens.append(('[', items, negate))
        else:
            tokens.append(('c', c))


def _translate(pattern, recursive):
    # The tokens of a whole pattern; with recursive, a name '**' spans directories.
    tokens = []
    names = pattern.split('/')
    last = len(names) - 1
    for idx, name in enumerate(names):
        if name == '*':
            tokens.append(('+',))
            if idx < last:
                tokens.append(('c', '/'))
        elif recursive and name == '**':
            if idx < last:
                if names[idx + 1] != '**':                  # '**/**' is the same as '**'
                    tokens.append(('**/',))
            else:
                tokens.append(('**',))
        else:
            _translate_name(name, tokens)
            if idx < last:
                tokens.append(('c', '/'))
    return tokens


def _in_set(ch, items):
    for item in items:
        if isinstance(item, tuple):
            if item[0] <= ch <= item[1]:
                return True
        elif ch == item:
            return True
    return False


def _char_matches(token, ch, case_sensitive):
    kind = token[0]
    if kind == 'c':
        return ch == token[1] if case_sensitive else ch.lower() == token[1].lower()
    if kind == '?':
        return ch != '/'
    # '[': a set; without case, either case of ch may be in it
    if case_sensitive:
        found = _in_set(ch, token[1])
    else:
        found = _in_set(ch.lower(), token[1]) or _in_set(ch.upper(), token[1])
    return found != token[2]


def _match_tokens(tokens, s, case_sensitive):
    # Whether the whole string s matches the tokens.
    return _match_from(tokens, s, 0, 0, case_sensitive, set())


def _match_from(tokens, s, t, i, case_sensitive, failed):
    # Whether s[i:] matches tokens[t:].  A star tries each length in turn; failed remembers the
    # (token, position) pairs that did not match, so that no pair is tried twice.
    n = len(s)
    while True:
        if t == len(tokens):
            return i == n
        if (t, i) in failed:
            return False
        kind = tokens[t][0]
        if kind not in ('c', '?', '['):
            break
        if i < n and _char_matches(tokens[t], s[i], case_sensitive):
            t += 1
            i += 1
            continue
        failed.add((t, i))
        return False
    if kind == '*' or kind == '+':
        j = i
        if kind == '+':                                     # at least one character
            if i >= n or s[i] == '/':
                failed.add((t, i))
                return False
            j = i + 1
        while True:
            if _match_from(tokens, s, t + 1, j, case_sensitive, failed):
                return True
            if j >= n or s[j] == '/':
                break
            j += 1
    elif kind == '**/':                                     # nothing, or up to some '/'
        if _match_from(tokens, s, t + 1, i, case_sensitive, failed):
            return True
        for j in range(i + 1, n):
            if s[j] == '/' and _match_from(tokens, s, t + 1, j + 1, case_sensitive, failed):
                return True
    else:                                                   # '**': anything
        for j in range(i, n + 1):
            if _match_from(tokens, s, t + 1, j, case_sensitive, failed):
                return True
    failed.add((t, i))
    return False


def _is_wildcard(name):
    return '*' in name or '?' in name or '[' in name


# ───────────────────────────── PurePath ─────────────────────────────

def _parse(raw):
    # A path string -> (root, tail).
    _, root, rel = _posixpath.splitroot(raw)
    return root, [name for name in rel.split('/') if name and name != '.']


class _PathParents(_Sequence):
    """The sequence path.parents: the parent, its parent, ... up to the anchor (or '.')."""

    __slots__ = ('_path', '_root', '_tail')

    def __init__(self, path):
        self._path = path
        self._root = path._root
        self._tail = path._tail

    def __len__(self):
        return len(self._tail)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._path._from_parts(self._root, self._tail[:-idx - 1])

    def __repr__(self):
        return '<{}.parents>'.format(type(self._path).__name__)


class PurePath:
    """A path as a string of names, never touching the file system.  PurePath(...) gives a
    PurePosixPath; PurePath('a', 'b/c') joins its arguments as os.path.join does."""

    __slots__ = ('_raw', '_root', '_tail', '_str', '_hash')
    parser = _posixpath

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return object.__new__(cls)

    def __init__(self, *args):
        paths = []
        for arg in args:
            if isinstance(arg, PurePath):
                paths.append(arg._raw)
                continue
            try:
                path = _os.fspath(arg)
            except TypeError:
                path = arg
            if not isinstance(path, str):
                raise TypeError('argument should be a str or an os.PathLike object where '
                                '__fspath__ returns a str, not %r' % type(path).__name__)
            paths.append(str(path))
        if not paths:
            raw = ''
        elif len(paths) == 1:
            raw = paths[0]
        else:
            raw = _posixpath.join(*paths)
        self._raw = raw                  # as given: glob() needs to see a trailing '/'
        self._root, self._tail = _parse(raw)
        self._str = (self._root + '/'.join(self._tail)) or '.'
        self._hash = None

    def with_segments(self, *pathsegments):
        """A new path of the same type from pathsegments; every derived path is made here, so
        a subclass may override it to pass along extra state."""
        return type(self)(*pathsegments)

    def _from_parts(self, root, tail):
        return self.with_segments((root + '/'.join(tail)) or '.')

    # ── the string and its parts ──

    def __str__(self):
        return self._str

    def __fspath__(self):
        return self._str

    def as_posix(self):
        """The path with forward slashes (on POSIX, str(path))."""
        return self._str

    def __bytes__(self):
        return _os.fsencode(self._str)

    def __repr__(self):
        return '{}({!r})'.format(type(self).__name__, self.as_posix())

    def __reduce__(self):
        return type(self), (self._raw,)

    @property
    def drive(self):
        """Always '' on POSIX (no drive letters)."""
        return ''

    @property
    def root(self):
        """'/' (or '//') for an absolute path, '' for a relative one."""
        return self._root

    @property
    def anchor(self):
        """drive + root."""
        return self._root

    @property
    def parts(self):
        """The anchor (if any) and every name: PurePath('/a/b').parts == ('/', 'a', 'b')."""
        if self._root:
            return (self._root,) + tuple(self._tail)
        return tuple(self._tail)

    @property
    def name(self):
        """The last name, '' for '.' or '/'."""
        return self._tail[-1] if self._tail else ''

    @property
    def suffix(self):
        """The last name's extension, from its last '.': 'a.tar.gz' -> '.gz'."""
        return _posixpath.splitext(self.name)[1]

    @property
    def suffixes(self):
        """Every extension: 'a.tar.gz' -> ['.tar', '.gz']."""
        stem, suffix = _posixpath.splitext(self.name)
        found = []
        while suffix:
            found.append(suffix)
            stem, suffix = _posixpath.splitext(stem)
        return found[::-1]

    @property
    def stem(self):
        """The last name without its suffix."""
        return _posixpath.splitext(self.name)[0]

    @property
    def parent(self):
        """The path without its last name (the anchor, or '.', is its own parent)."""
        if not self._tail:
            return self
        return self._from_parts(self._root, self._tail[:-1])

    @property
    def parents(self):
        """A sequence of every ancestor, nearest first."""
        return _PathParents(self)

    def is_absolute(self):
        return bool(self._root)

    # ── making new paths ──

    def joinpath(self, *pathsegments):
        """self / seg1 / seg2 ...: an absolute segment starts over."""
        return self.with_segments(self, *pathsegments)

    def __truediv__(self, key):
        try:
            return self.with_segments(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self.with_segments(key, self)
        except TypeError:
            return NotImplemented

    def with_name(self, name):
        """The path with its last name replaced."""
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError('Invalid name %r' % (name,))
        return self._from_parts(self._root, self._tail[:-1] + [name])

    def with_stem(self, stem):
        """The path with the stem of its last name replaced (the suffix kept)."""
        suffix = self.suffix
        if not suffix:
            return self.with_name(stem)
        if not stem:
            raise ValueError('%r has a non-empty suffix' % (self,))
        return self.with_name(stem + suffix)

    def with_suffix(self, suffix):
        """The path with its suffix replaced ('' removes it)."""
        stem = self.stem
        if not stem:
            raise ValueError('%r has an empty name' % (self,))
        if suffix and not suffix.startswith('.'):
            raise ValueError('Invalid suffix %r' % (suffix,))
        return self.with_name(stem + suffix)

    def relative_to(self, other, *, walk_up=False):
        """The path relative to other: PurePath('/a/b').relative_to('/a') == PurePath('b').
        With walk_up, other need not be an ancestor: '..' names climb to the common one."""
        if not isinstance(other, PurePath):
            other = self.with_segments(other)
        ancestors = self.parents
        step = 0
        for path in [other] + list(other.parents):
            if path == self or path in ancestors:
                break
            if not walk_up:
                raise ValueError('%r is not in the subpath of %r' % (str(self), str(other)))
            if path.name == '..':
                raise ValueError("'..' segment in %r cannot be walked" % (str(other),))
            step += 1
        else:
            raise ValueError('%r and %r have different anchors' % (str(self), str(other)))
        return self._from_parts('', ['..'] * step + self._tail[len(path._tail):])

    def is_relative_to(self, other):
        """Whether other is this path or one of its ancestors."""
        if not isinstance(other, PurePath):
            other = self.with_segments(other)
        return other == self or other in self.parents

    # ── comparing ──

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._str == other._str

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(self._str)
        return self._hash

    def _key(self, other):
        # Paths order by their names, one by one: 'a/b' < 'a-b' because 'a' < 'a-b'.
        if not isinstance(other, PurePath):
            return None
        return self._str.split('/'), other._str.split('/')

    def __lt__(self, other):
        keys = self._key(other)
        return NotImplemented if keys is None else keys[0] < keys[1]

    def __le__(self, other):
        keys = self._key(other)
        return NotImplemented if keys is None else keys[0] <= keys[1]

    def __gt__(self, other):
        keys = self._key(other)
        return NotImplemented if keys is None else keys[0] > keys[1]

    def __ge__(self, other):
        keys = self._key(other)
        return NotImplemented if keys is None else keys[0] >= keys[1]

    # ── patterns ──

    def match(self, path_pattern, *, case_sensitive=None):
        """Whether the path matches a glob-style pattern, compared name by name from the right
        (an absolute pattern must match the whole path).  '**' is just '*' here."""
        if not isinstance(path_pattern, PurePath):
            path_pattern = self.with_segments(path_pattern)
        if case_sensitive is None:
            case_sensitive = True
        path_parts = self.parts[::-1]
        pattern_parts = path_pattern.parts[::-1]
        if not pattern_parts:
            raise ValueError('empty pattern')
        if len(path_parts) < len(pattern_parts):
            return False
        if len(path_parts) > len(pattern_parts) and path_pattern.anchor:
            return False
        for path_part, pattern_part in zip(path_parts, pattern_parts):
            if not _match_tokens(_translate(pattern_part, False), path_part, case_sensitive):
                return False
        return True

    def full_match(self, pattern, *, case_sensitive=None):
        """Whether the whole path matches a glob-style pattern, where a name '**' stands for
        any number of names."""
        if not isinstance(pattern, PurePath):
            pattern = self.with_segments(pattern)
        if case_sensitive is None:
            case_sensitive = True
        text = '' if self._str == '.' else self._str
        pat = '' if pattern._str == '.' else pattern._str
        return _match_tokens(_translate(pat, True), text, case_sensitive)


class PurePosixPath(PurePath):
    """A pure path with POSIX rules: '/' separates names, case matters."""
    __slots__ = ()


# ───────────────────────────── Path ─────────────────────────────

def _no_lstat(name):
    return UnsupportedOperation('%s(follow_symlinks=False) needs lstat(), which minipy\'s posix '
                                'module does not have' % name)


_S_IFMT = 0o170000


class Path(PurePath):
    """A path that can also ask the file system: Path(...) gives a PosixPath."""

    __slots__ = ()

    def __new__(cls, *args):
        if cls is Path:
            cls = PosixPath
        return object.__new__(cls)

    # ── where we are ──

    @classmethod
    def cwd(cls):
        """The current directory, as an absolute path."""
        return cls(_os.getcwd())

    @classmethod
    def home(cls):
        """The home directory ($HOME)."""
        return cls('~').expanduser()

    def absolute(self):
        """The path joined to the current directory if relative ('..' is left in)."""
        if self._root:
            return self
        if not self._tail:
            return self.with_segments(_os.getcwd())
        return self.with_segments(_os.getcwd(), self._str)

    def resolve(self, strict=False):
        """The absolute path with '.' and '..' folded away.  strict: every name must exist
        (FileNotFoundError for the first that does not).  Symbolic links are not followed
        (see the header)."""
        path = self._str if self._root else _posixpath.join(_os.getcwd(), self._str)
        root, names = _parse(path)
        done = root
        for name in names:
            if name == '..':
                done = _posixpath.dirname(done) if done != root else root
                continue
            done = _posixpath.join(done, name)
            if strict:
                _os.stat(done)
        return self.with_segments(done)

    def expanduser(self):
        """A leading '~' replaced by the home directory."""
        if not self._root and self._tail and self._tail[0][:1] == '~':
            home = _posixpath.expanduser(self._tail[0])
            if home[:1] == '~':
                raise RuntimeError('Could not determine home directory.')
            root, tail = _parse(home)
            return self._from_parts(root, tail + self._tail[1:])
        return self

    def samefile(self, other_path):
        """Whether other_path names the same file (same device and inode)."""
        st = self.stat()
        if isinstance(other_path, Path):
            other_st = other_path.stat()
        else:
            other_st = self.with_segments(other_path).stat()
        return st.st_ino == other_st.st_ino and st.st_dev == other_st.st_dev

    def as_uri(self):
        """The path as a file: URI ('file:///a%20b')."""
        if not self._root:
            raise ValueError("relative paths can't be expressed as file URIs")
        safe = ('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/')
        out = []
        for byte in self._str.encode('utf-8'):
            ch = chr(byte)
            out.append(ch if ch in safe else '%%%02X' % byte)
        return 'file://' + ''.join(out)

    @classmethod
    def from_uri(cls, uri):
        """The path a file: URI stands for."""
        if not uri.startswith('file:'):
            raise ValueError("URL is missing a 'file:' scheme")
        rest = uri[5:]
        if rest.startswith('//'):
            end = rest.find('/', 2)
            host = rest[2:end] if end >= 0 else rest[2:]
            if host not in ('', 'localhost'):
                raise ValueError('URI is not a local file: %r' % uri)
            rest = rest[end:] if end >= 0 else ''
        raw = bytearray()                          # %XX escapes -> bytes, read as UTF-8
        i = 0
        while i < len(rest):
            hexdigits = rest[i + 1:i + 3]
            if rest[i] == '%' and len(hexdigits) == 2 and \
                    all(c in '0123456789abcdefABCDEF' for c in hexdigits):
                raw.append(int(hexdigits, 16))
                i += 3
            else:
                raw.extend(rest[i].encode('utf-8'))
                i += 1
        path = cls(bytes(raw).decode('utf-8', 'replace'))
        if not path.is_absolute():
            raise ValueError('URI is not absolute: %r' % uri)
        return path

    # ── questions ──

    def stat(self, *, follow_symlinks=True):
        """os.stat() of the path."""
        if not follow_symlinks:
            raise _no_lstat('stat')
        return _os.stat(self._str)

    def _mode(self):
        try:
            return _os.stat(self._str).st_mode & _S_IFMT
        except (OSError, ValueError):
            return 0

    def exists(self, *, follow_symlinks=True):
        """Whether the path names something (False for a bad path too)."""
        if not follow_symlinks:
            raise _no_lstat('exists')
        return _posixpath.exists(self._str)

    def is_dir(self, *, follow_symlinks=True):
        if not follow_symlinks:
            raise _no_lstat('is_dir')
        return self._mode() == 0o040000

    def is_file(self, *, follow_symlinks=True):
        if not follow_symlinks:
            raise _no_lstat('is_file')
        return self._mode() == 0o100000

    def is_fifo(self):
        return self._mode() == 0o010000

    def is_char_device(self):
        return self._mode() == 0o020000

    def is_block_device(self):
        return self._mode() == 0o060000

    def is_socket(self):
        return self._mode() == 0o140000

    def is_junction(self):
        """Junctions are a Windows thing: always False."""
        return False

    # ── reading and writing ──

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """open() on this path."""
        if 'b' not in mode:
            encoding = _io.text_encoding(encoding)
        return _io.open(self._str, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode='rb', buffering=0) as f:
            return f.read()

    def read_text(self, encoding=None, errors=None, newline=None):
        encoding = _io.text_encoding(encoding)
        with self.open(mode='r', encoding=encoding, errors=errors, newline=newline) as f:
            return f.read()

    def write_bytes(self, data):
        """Write the bytes (replacing the file); returns how many were written."""
        if not isinstance(data, (bytes, bytearray)):
            import array
            if not isinstance(data, array.array):
                raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                                % type(data).__name__)
            data = data.tobytes()
        with self.open(mode='wb') as f:
            return f.write(data)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Write the str (replacing the file); returns how many characters were written."""
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % type(data).__name__)
        encoding = _io.text_encoding(encoding)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    # ── directories ──

    def iterdir(self):
        """The paths of the entries of this directory (not '.' and '..'), in no set order.
        The directory is read now, so an error is raised by the call itself."""
        names = _os.listdir(self._str)
        if self._str == '.':
            return (self.with_segments(name) for name in names)
        return (self.with_segments(self._str, name) for name in names)

    def glob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        """The existing paths below this one that match a relative pattern: names may hold
        * ? [..] wildcards, a name '**' is this directory and every one below it, and a
        trailing '/' keeps only directories."""
        if not isinstance(pattern, PurePath):
            pattern = self.with_segments(pattern)
        if pattern.anchor:
            raise NotImplementedError('Non-relative patterns are unsupported')
        parts = list(pattern._tail)
        if not parts:
            raise ValueError('Unacceptable pattern: {!r}'.format(pattern._raw))
        if pattern._raw.endswith('/'):
            parts.append('')                       # directories only
        if case_sensitive is None:
            case_sensitive = True
        found = self._select(self._str, parts, 0, case_sensitive)
        return map(self.with_segments, found)

    def rglob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        """glob('**/' + pattern): matches at any depth."""
        if not isinstance(pattern, PurePath):
            pattern = self.with_segments(pattern)
        pattern = self.with_segments(_posixpath.join('**', pattern._raw))
        return self.glob(pattern, case_sensitive=case_sensitive,
                         recurse_symlinks=recurse_symlinks)

    def _select(self, top, parts, i, case_sensitive):
        # The paths (strings) below the directory top that match parts[i:].
        if i == len(parts):
            yield top
            return
        part = parts[i]
        if part == '':                             # the trailing '/': top must be a directory
            if _posixpath.isdir(top):
                yield top
        elif part == '**':
            while i + 1 < len(parts) and parts[i + 1] == '**':
                i += 1
            last = i + 1 == len(parts)
            for dirpath, dirnames, filenames in _os.walk(top):
                if last:
                    yield dirpath                  # a final '**': files and directories
                    for name in filenames:
                        yield _posixpath.join(dirpath, name)
                else:
                    yield from self._select(dirpath, parts, i + 1, case_sensitive)
        elif _is_wildcard(part) or not case_sensitive:
            try:
                names = _os.listdir(top)
            except (OSError, ValueError):
                return
            tokens = _translate(part, False)
            for name in names:
                if _match_tokens(tokens, name, case_sensitive):
                    yield from self._select(_posixpath.join(top, name), parts, i + 1,
                                            case_sensitive)
        else:
            path = _posixpath.join(top, part)
            if i + 1 == len(parts):
                if _posixpath.exists(path):
                    yield path
            else:
                yield from self._select(path, parts, i + 1, case_sensitive)

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        """(dirpath, dirnames, filenames) for this directory and each one below it, as
        os.walk; top down, removing names from dirnames skips those subtrees."""
        top = self._str
        for dirpath, dirnames, filenames in _os.walk(top, top_down, on_error, follow_symlinks):
            yield self.with_segments(dirpath), dirnames, filenames

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Make the directory.  parents: make missing parents too; exist_ok: an existing
        directory is not an error."""
        try:
            _os.mkdir(self._str, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        """Remove the (empty) directory."""
        _os.rmdir(self._str)

    def unlink(self, missing_ok=False):
        """Remove the file.  missing_ok: a missing file is not an error."""
        try:
            _os.unlink(self._str)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file if it does not exist (exist_ok=False: it must not)."""
        if exist_ok and self.exists():
            return                                 # no os.utime: the time stays (see header)
        flags = _os.O_CREAT | _os.O_WRONLY
        if not exist_ok:
            flags |= _os.O_EXCL
        fd = _os.open(self._str, flags, mode)
        _os.close(fd)

    def rename(self, target):
        """Rename to target; returns the new path."""
        _os.rename(self._str, _os.fspath(target))
        return self.with_segments(target)

    def replace(self, target):
        """Rename to target, replacing it if it exists; returns the new path."""
        _os.replace(self._str, _os.fspath(target))
        return self.with_segments(target)


class PosixPath(Path, PurePosixPath):
    """A Path on a POSIX system."""
    __slots__ = ()
