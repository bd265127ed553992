# lib/os.py — the `os` module: the posix calls, plus os.path, os.environ and a few helpers.
#
# What this step does: the operating system's calls are in the built-in `posix` module
# (posixmodule.cpp): open/read/write/close on file descriptors, stat, listdir, mkdir, rmdir,
# unlink, rename, getcwd, chdir ...  `os` is the portable face of them, as in CPython: it takes
# all of posix (`from posix import *`) and adds, in Python,
#   * os.path, which is the module posixpath (on Windows CPython would pick ntpath instead);
#     it is also registered as sys.modules['os.path'], so `import os.path` and
#     `from os.path import join` find it without a file called os/path.py;
#   * os.environ, the environment as a str -> str mapping.  posix.environ holds bytes (the
#     environment is bytes; nothing promises it is UTF-8), and os.environ decodes on the way out
#     and encodes on the way in, over that same bytes dict, which is also os.environb;
#   * makedirs (mkdir of every missing parent), removedirs, walk (a directory tree, top down or
#     bottom up), fspath and PathLike, getenv, and the path constants sep, curdir, linesep ...
#
# Comes in: `import os` (frozen into the binary by lib/freeze.sh).
# Goes out: the os module.  Nothing here keeps state except environ's dict.
# Read next: lib/posixpath.py (os.path), lib/io.py (open() on the same calls), posixmodule.cpp.
#
# Differences from CPython: setting os.environ['X'] changes what os.environ and os.getenv see,
# not the real process environment (posix has no putenv yet, and minipy starts no processes).
# Environment bytes that are not UTF-8 are decoded with 'replace' (CPython uses
# 'surrogateescape', which minipy lacks, so such a value would not round-trip).  walk() cannot
# tell a symbolic link from a directory (no lstat), so it follows links to directories.  No
# scandir, spawn*, exec*, fork or pipes.

import sys
from posix import *
import posix as _posix
import posixpath as path

sys.modules['os.path'] = path

name = 'posix'
linesep = '\n'
sep = path.sep
altsep = path.altsep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
pathsep = path.pathsep
defpath = path.defpath
devnull = path.devnull
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
error = OSError


# ───────────────────────────── paths as objects ─────────────────────────────

try:
    from abc import ABC as _ABC, abstractmethod as _abstractmethod
except ImportError:             # an interpreter without abc: a plain base class will do
    _ABC = object

    def _abstractmethod(f):
        return f


class PathLike(_ABC):
    '''The base of objects that stand for a path: they define __fspath__(), returning str or
    bytes, and every function that takes a path accepts them.  An abstract base class, so any
    class with __fspath__ counts as one: isinstance(obj, os.PathLike).'''

    @_abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented


def fspath(path):
    '''The str or bytes a path stands for: itself, or path.__fspath__().'''
    if isinstance(path, (str, bytes)):
        return path
    method = getattr(type(path), '__fspath__', None)
    if method is None:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(path).__name__)
    result = method(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                    % (type(path).__name__, type(result).__name__))


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode('utf-8') if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode('utf-8') if isinstance(filename, bytes) else filename


# ───────────────────────────── the environment ─────────────────────────────

def _decode(b):
    try:
        return b.decode('utf-8')
    except UnicodeDecodeError:
        return b.decode('utf-8', 'replace')


def _encode_str(value):
    if not isinstance(value, str):
        raise TypeError('str expected, not %s' % type(value).__name__)
    return value.encode('utf-8')


class _Environ:
    '''A str -> str view of a bytes -> bytes dict (posix.environ): every lookup encodes the key,
    every answer is decoded.  Iterating, len() and `in` work as for a dict.'''

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            value = self._data[_encode_str(key)]
        except KeyError:
            raise KeyError(key) from None
        return _decode(value)

    def __setitem__(self, key, value):
        self._data[_encode_str(key)] = _encode_str(value)

    def __delitem__(self, key):
        try:
            del self._data[_encode_str(key)]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        for key in list(self._data):
            yield _decode(key)

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return isinstance(key, str) and key.encode('utf-8') in self._data

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        return list(self)

    def values(self):
        return [_decode(v) for v in list(self._data.values())]

    def items(self):
        return [(_decode(k), _decode(v)) for k, v in list(self._data.items())]

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def pop(self, key, *default):
        try:
            value = self[key]
        except KeyError:
            if default:
                return default[0]
            raise
        del self[key]
        return value

    def update(self, other=(), **kwargs):
        pairs = other.items() if hasattr(other, 'items') else other
        for key, value in pairs:
            self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def clear(self):
        self._data.clear()

    def copy(self):
        return dict(self.items())

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        return dict(self.items()) == other

    def __repr__(self):
        return 'environ({%s})' % ', '.join('%r: %r' % kv for kv in self.items())


environb = _posix.environ       # bytes -> bytes, shared with environ
environ = _Environ(environb)


def getenv(key, default=None):
    '''The environment variable key as a str, or default when it is not set.'''
    return environ.get(key, default)


def getenvb(key, default=None):
    return environb.get(key, default)


# ───────────────────────────── files and directories ─────────────────────────────

def replace(src, dst):
    '''Rename src to dst, replacing dst if it exists (on POSIX that is what rename does).'''
    rename(src, dst)


def makedirs(name, mode=0o777, exist_ok=False):
    '''mkdir name and every missing directory above it: makedirs('a/b/c') makes a, a/b, a/b/c.
    An existing name is an error (FileExistsError) unless exist_ok and it is a directory.'''
    head, tail = path.split(name)
    if not tail:                        # 'a/b/': the last name is before the slash
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, mode, exist_ok)
        except FileExistsError:
            pass                        # another thread or process made it meanwhile: fine
        if tail == (curdir if isinstance(tail, str) else curdir.encode()):
            return                      # 'a/.': a was the last one to make
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    '''rmdir name, then each parent directory that has become empty, until one is not.'''
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def walk(top, topdown=True, onerror=None, followlinks=False):
    '''For the directory top and every directory below it, yield (dirpath, dirnames,
    filenames).  Top down, the caller may prune dirnames in place to skip subtrees.'''
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for entry in names:
        (dirs if path.isdir(path.join(top, entry)) else nondirs).append(entry)
    if topdown:
        yield top, dirs, nondirs
    for d in dirs:
        yield from walk(path.join(top, d), topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, nondirs


def get_exec_path(env=None):
    '''The directories a program name is looked up in: $PATH split at ':'.'''
    if env is None:
        env = environ
    value = env.get('PATH')
    if value is None:
        value = defpath
    return value.split(pathsep)


# `from os import *`: every public name (as CPython's os.__all__), but not the modules used here.
__all__ = [_n for _n in globals() if not _n.startswith('_') and _n not in ('sys', 'abc')]
