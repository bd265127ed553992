# lib/posixpath.py — os.path for POSIX systems: path strings taken apart and put together.
#
# What this step does: a POSIX path is a string of names separated by '/'; a path that starts
# with '/' is absolute (from the root), any other is relative to the current directory.  Most
# of os.path is string work on that one rule, and never touches the disk:
#   * join('a', 'b') -> 'a/b', and an absolute part restarts the path: join('a', '/b') -> '/b';
#   * split(p) cuts at the last '/': (dirname, basename); splitext(p) cuts off the extension
#     (the last '.' of the last name, unless the name only starts with dots: '.bashrc');
#   * normpath folds 'a//b', 'a/./b' and 'a/x/../b' into 'a/b' (without looking at the disk, so
#     a symbolic link followed by '..' can make it wrong — CPython's normpath has that too);
#   * abspath and relpath add the current directory (posix.getcwd()).
# The rest asks the file system through posix.stat(): exists, isfile, isdir, getsize, getmtime.
# Every function takes str or bytes (or an os.PathLike) and answers in the same kind.
#
# Comes in: `import os.path` or `import posixpath` (lib/os.py makes os.path this module).
# Goes out: join, split, splitext, basename, dirname, normpath, abspath, relpath, isabs,
# expanduser, exists, isfile, isdir, getsize ... and the constants sep, curdir, pardir.
# Read next: lib/os.py (the rest of os), posixmodule.cpp (stat).
#
# Differences from CPython: no islink/lexists/realpath/samefile/ismount (posix has no lstat or
# readlink yet); expanduser('~user') is left unchanged (there is no pwd module); expandvars,
# commonpath and commonprefix are here.

import posix as _posix

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'splitroot', 'split', 'splitext',
           'basename', 'dirname', 'commonprefix', 'getsize', 'getmtime', 'getatime', 'getctime',
           'isdir', 'isfile', 'exists', 'expanduser', 'expandvars', 'normpath', 'abspath',
           'curdir', 'pardir', 'sep', 'pathsep', 'defpath', 'altsep', 'extsep', 'devnull',
           'relpath', 'commonpath', 'supports_unicode_filenames']

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False

_S_IFMT = 0o170000      # the file-type bits of st_mode
_S_IFDIR = 0o040000
_S_IFREG = 0o100000


def _fspath(p):
    '''str and bytes as they are; an os.PathLike object's __fspath__() result.'''
    if isinstance(p, (str, bytes)):
        return p
    fspath = getattr(type(p), '__fspath__', None)
    if fspath is None:
        raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(p).__name__)
    result = fspath(p)
    if not isinstance(result, (str, bytes)):
        raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                        % (type(p).__name__, type(result).__name__))
    return result


def _check_arg_types(funcname, *args):
    '''After a TypeError: say which argument was wrong, as CPython does ("join() argument
    must be str, bytes, or os.PathLike object, not 'int'"), or that str and bytes were mixed.'''
    kinds = set()
    for arg in args:
        if not isinstance(arg, (str, bytes)):
            raise TypeError("%s() argument must be str, bytes, or os.PathLike object, not %r"
                            % (funcname, type(arg).__name__)) from None
        kinds.add(type(arg))
    if len(kinds) > 1:
        raise TypeError("Can't mix strings and bytes in path components") from None


def _seps(p):
    '''The separator, '.' and '..' in the kind of string p is (str or bytes).'''
    if isinstance(p, bytes):
        return b'/', b'.', b'..'
    return '/', '.', '..'


# ───────────────────────────── pure string work ─────────────────────────────

def normcase(s):
    '''Case is significant on POSIX: the path itself.'''
    return _fspath(s)


def isabs(s):
    s = _fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    '''Join path parts with '/'; a part that is absolute throws away what came before.'''
    a = _fspath(a)
    slash = _seps(a)[0]
    path = a
    try:
        for b in p:
            b = _fspath(b)
            if isinstance(b, bytes) != isinstance(a, bytes):
                raise TypeError('mixed')
            if b.startswith(slash):
                path = b
            elif not path or path.endswith(slash):
                path += b
            else:
                path += slash + b
    except TypeError:
        _check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    '''(head, tail): tail is after the last '/', head is before it, without trailing slashes
    (unless head is nothing but slashes, the root).'''
    p = _fspath(p)
    slash = _seps(p)[0]
    i = p.rfind(slash) + 1
    head, tail = p[:i], p[i:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail


def splitext(p):
    '''(root, ext): ext is the last name's final '.' and what follows, or empty.  Leading dots
    do not start an extension: splitext('.bashrc') == ('.bashrc', '').'''
    p = _fspath(p)
    slash, dot, _ = _seps(p)
    name_start = p.rfind(slash) + 1
    last_dot = p.rfind(dot)
    if last_dot <= name_start or not p[name_start:last_dot].lstrip(dot):
        return p, p[:0]
    return p[:last_dot], p[last_dot:]


def splitdrive(p):
    '''POSIX has no drive letters: ('', p).'''
    p = _fspath(p)
    return p[:0], p


def splitroot(p):
    '''(drive, root, tail): root is '/' for an absolute path ('//' kept as POSIX allows).'''
    p = _fspath(p)
    slash = _seps(p)[0]
    empty = p[:0]
    if not p.startswith(slash):
        return empty, empty, p
    if not p.startswith(slash * 2) or p.startswith(slash * 3):
        return empty, slash, p[1:]
    return empty, p[:2], p[2:]


def basename(p):
    p = _fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    return split(p)[0]


def commonprefix(m):
    '''The longest string that starts every string in m (character by character, so it may
    end in the middle of a name: see commonpath).'''
    if not m:
        return ''
    m = [_fspath(x) for x in m]
    lo, hi = min(m), max(m)     # the common prefix of all is that of the two extremes
    for i in range(len(lo)):
        if lo[i] != hi[i]:
            return lo[:i]
    return lo


def normpath(path):
    '''Fold '//', '/./' and 'name/..' away: 'a//b/./c/../d' -> 'a/b/d'.'''
    path = _fspath(path)
    slash, dot, dotdot = _seps(path)
    if not path:
        return dot
    # POSIX keeps exactly two leading slashes ("implementation-defined"), folds three or more.
    initial = 0
    if path.startswith(slash):
        initial = 2 if path.startswith(slash * 2) and not path.startswith(slash * 3) else 1
    names = []
    for name in path.split(slash):
        if not name or name == dot:
            continue
        if name == dotdot and names and names[-1] != dotdot:
            names.pop()
        elif name == dotdot and initial:
            continue                # '/..' is '/'
        else:
            names.append(name)
    path = slash * initial + slash.join(names)
    return path or dot


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        cwd = _posix.getcwd()
        if isinstance(path, bytes):
            cwd = cwd.encode('utf-8')
        path = join(cwd, path)
    return normpath(path)


def relpath(path, start=None):
    '''path as seen from start (the current directory by default): relpath('/a/b/c', '/a/d')
    == '../b/c'.'''
    path = _fspath(path)
    if not path:
        raise ValueError('no path specified')
    slash, dot, dotdot = _seps(path)
    start = dot if start is None else _fspath(start)
    if isinstance(start, bytes) != isinstance(path, bytes):
        _check_arg_types('relpath', path, start)
    start_names = [n for n in abspath(start).split(slash) if n]
    path_names = [n for n in abspath(path).split(slash) if n]
    common = 0
    while common < min(len(start_names), len(path_names)) and \
            start_names[common] == path_names[common]:
        common += 1
    names = [dotdot] * (len(start_names) - common) + path_names[common:]
    if not names:
        return dot
    return join(*names)


def commonpath(paths):
    '''The longest path that contains every path in paths, by whole names.'''
    paths = [_fspath(p) for p in paths]
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    slash, dot, _ = _seps(paths[0])
    if any(isinstance(p, bytes) != isinstance(paths[0], bytes) for p in paths):
        _check_arg_types('commonpath', *paths)
    absolute = {p.startswith(slash) for p in paths}
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[n for n in p.split(slash) if n and n != dot] for p in paths]
    lo, hi = min(split_paths), max(split_paths)
    common = lo
    for i in range(len(lo)):
        if lo[i] != hi[i]:
            common = lo[:i]
            break
    prefix = slash if paths[0].startswith(slash) else slash[:0]
    return prefix + slash.join(common)


def expanduser(path):
    '''A leading '~' becomes $HOME: expanduser('~/x') == HOME + '/x'.'''
    path = _fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    slash = _seps(path)[0]
    i = path.find(slash, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path         # ~user: would need the password database (no pwd module)
    import os               # here, not at the top: os imports this module
    home = os.environ.get('HOME')
    if home is None:
        return path
    if isinstance(path, bytes):
        home = home.encode('utf-8')
    home = home.rstrip(slash)
    return (home + path[i:]) or slash


def expandvars(path):
    '''$name and ${name} become the environment variable's value (left alone if unset).'''
    path = _fspath(path)
    if isinstance(path, bytes):
        return expandvars(path.decode('utf-8')).encode('utf-8')
    if '$' not in path:
        return path
    import os
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if path.startswith('${', i):
            close = path.find('}', i + 2)
            if close < 0:
                out.append(path[i:])
                break
            name, end = path[i + 2:close], close + 1
        else:
            end = i + 1
            while end < n and (path[end].isalnum() or path[end] == '_'):
                end += 1
            name = path[i + 1:end]
        if name and name in os.environ:
            out.append(os.environ[name])
        else:
            out.append(path[i:end])
        i = end
    return ''.join(out)


# ───────────────────────────── questions to the file system ─────────────────────────────

def exists(path):
    '''Whether path names something (a missing file and a bad path both answer False).'''
    try:
        _posix.stat(path)
    except (OSError, ValueError):
        return False
    return True


def _mode(path):
    try:
        return _posix.stat(path).st_mode
    except (OSError, ValueError):
        return 0


def isdir(s):
    return _mode(s) & _S_IFMT == _S_IFDIR


def isfile(path):
    return _mode(path) & _S_IFMT == _S_IFREG


def getsize(filename):
    return _posix.stat(filename).st_size


def getmtime(filename):
    return _posix.stat(filename).st_mtime


def getatime(filename):
    return _posix.stat(filename).st_atime


def getctime(filename):
    return _posix.stat(filename).st_ctime
