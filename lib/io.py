# lib/io.py — the `io` module: open() and the file objects, in Python, over posix's fd calls.
#
# What this step does: a file in Python is three objects stacked on each other, and this module
# builds each one out of the one below it, as CPython's io does:
#   * FileIO, the "raw" layer: one integer file descriptor, and every read()/write() is one
#     posix.read()/posix.write() system call (posixmodule.cpp).  Unbuffered: read(1) in a loop
#     is one system call per byte.
#   * BufferedReader / BufferedWriter / BufferedRandom, the "buffered" layer: bytes, but a
#     system call moves DEFAULT_BUFFER_SIZE bytes at a time.  A reader keeps the bytes it read
#     ahead; a writer collects small writes and hands them to the raw file in one call (on
#     flush(), close(), or when the buffer is full).  Random ('+' modes) does both, and before
#     switching from reading to writing it moves the raw position back over what it read ahead.
#   * TextIOWrapper, the "text" layer: str.  Bytes from the buffer are decoded (UTF-8 unless
#     told otherwise) in chunks; a chunk may end in the middle of a character, so its last
#     incomplete bytes wait for the next chunk.  Newlines are translated here: with newline=None
#     (the default) '\r\n' and '\r' read as '\n' ("universal newlines").
# open() validates its mode string exactly as CPython does (same checks, same order, same
# messages) and stacks the layers: open('f') is TextIOWrapper(BufferedReader(FileIO('f', 'r'))),
# open('f', 'rb') stops at the BufferedReader, open('f', 'rb', buffering=0) at the FileIO.
# StringIO and BytesIO are the in-memory cousins: a str or a bytes value with a position.
#
# Errors are CPython's, down to the full stop: CPython's layers say "I/O operation on closed
# file." (IOBase, TextIOWrapper), "I/O operation on closed file" (FileIO, StringIO) or "read of
# closed file" (the buffered layer), and programs print them, so each layer here checks what its
# CPython counterpart checks, in the same order.  The class names print as _io.TextIOWrapper ...
# (__module__ = '_io'): in CPython these are C types of the _io module that `io` re-exports.
#
# Threads: minipy has no GIL, so two threads may call write() on one file at the same moment.
# Every buffered and text object has a lock that read/write/seek/readline/flush/close hold
# while they change the object's buffers and positions; one write() call is therefore never
# interleaved with another or lost.  (The methods that hold it never call another method that
# takes it: they call the _unlocked helpers, because the lock is not re-entrant.)
#
# Comes in: open() (the built-in, builtin_open in posixmodule.cpp, calls io.open on its first
# use) and `import io` (frozen into the binary by lib/freeze.sh).
# Goes out: file objects.  open, FileIO, BufferedReader, BufferedWriter, BufferedRandom,
# TextIOWrapper, StringIO, BytesIO, IOBase and its three kinds, UnsupportedOperation,
# DEFAULT_BUFFER_SIZE, SEEK_SET/SEEK_CUR/SEEK_END, open_code, text_encoding.
# Read next: posixmodule.cpp (the system calls underneath), lib/os.py (os.path and os.environ
# on the same calls), textio.cpp (sys.stdout, which is written in C++, not with this module).
#
# Differences from CPython: the text codecs are the ones minipy has (UTF-8, ASCII, Latin-1);
# tell() on a text file is the byte position of the next character (which is what CPython's
# opaque cookie is too for these codecs), computed by re-encoding the characters read ahead,
# so it is exact for 'strict' errors but may be off after errors='replace' or 'ignore'.  No
# IncrementalNewlineDecoder, BufferedRWPair, readinto1, getbuffer(), memoryview arguments or
# non-blocking raw files.  minipy has no __del__ yet, so a file that is never closed is never
# flushed: close it (or use `with`).  The file objects are plain classes, not C types, so
# isinstance(sys.stdout, io.TextIOWrapper) is False (sys.stdout is textio.cpp's).

import posix as _posix
import _thread

__all__ = ['open', 'open_code', 'IOBase', 'RawIOBase', 'FileIO', 'BytesIO',
           'StringIO', 'BufferedIOBase', 'BufferedReader', 'BufferedWriter', 'BufferedRandom',
           'TextIOBase', 'TextIOWrapper', 'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR',
           'SEEK_END', 'DEFAULT_BUFFER_SIZE', 'text_encoding']

DEFAULT_BUFFER_SIZE = 8192      # bytes per system call of the buffered layer
_CHUNK_SIZE = 8192              # bytes the text layer decodes at a time
SEEK_SET = 0                    # seek(pos): from the start
SEEK_CUR = 1                    # seek(pos, 1): from the current position
SEEK_END = 2                    # seek(pos, 2): from the end

_EISDIR = 21                    # Linux's errno for "Is a directory" (there is no errno module)

# UnsupportedOperation is both an OSError and a ValueError (CPython made it so that old code
# catching either keeps working).  minipy refuses that base pair today ("multiple bases have
# instance lay-out conflict": classobject.cpp treats ValueError's layout as different from
# BaseException's), so fall back to OSError alone until it accepts it.
try:
    class UnsupportedOperation(OSError, ValueError):
        pass
except TypeError:
    class UnsupportedOperation(OSError):
        pass
UnsupportedOperation.__module__ = 'io'


# ───────────────────────────── small helpers ─────────────────────────────

def _size_arg(size):
    '''A read size: None means -1 ("everything"); anything else must be an integer.'''
    if size is None:
        return -1
    if isinstance(size, int):
        return size
    index = getattr(type(size), '__index__', None)
    if index is None:
        raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
    return index(size)


def _index(pos):
    '''A position argument: an integer (or an object with __index__).'''
    if isinstance(pos, int):
        return pos
    index = getattr(type(pos), '__index__', None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
    return index(pos)


def _type_name(obj):
    '''What CPython's reprs call a type: "_io.FileIO" for ours, the bare name for subclasses.'''
    cls = type(obj)
    if cls.__module__ == '_io':
        return '_io.' + cls.__name__
    return cls.__name__


def _bytes_arg(b):
    '''The bytes of a write() argument (bytes or bytearray), else CPython's TypeError.'''
    if isinstance(b, (bytes, bytearray)):
        return b
    raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)


def _is_utf8(encoding):
    return encoding.lower().replace('_', '-') in ('utf-8', 'utf8', 'u8', 'utf', 'cp65001')


def _complete_utf8(data):
    '''How many leading bytes of data are whole UTF-8 characters: a chunk read from a file may
    end inside a character (a lead byte 11xxxxxx followed by fewer than its 10xxxxxx
    continuation bytes); those last bytes must wait for the next chunk.'''
    n = len(data)
    for back in range(1, min(n, 4) + 1):
        byte = data[n - back]
        if byte & 0xC0 == 0x80:             # a continuation byte: keep looking for the lead
            continue
        # the lead byte says how long its sequence is: 110xxxxx 2, 1110xxxx 3, 11110xxx 4
        need = 2 if 0xC0 <= byte < 0xE0 else 3 if 0xE0 <= byte < 0xF0 else 4 if 0xF0 <= byte < 0xF8 else 1
        return n - back if need > back else n
    return n                                # no lead byte near the end: let the decoder judge


# ───────────────────────────── the abstract bases ─────────────────────────────

class IOBase:
    '''The base of every file object: closing, the context manager, line iteration, and the
    default answers (not readable, not writable, not seekable) that subclasses override.'''

    __module__ = 'io'
    __closed = False

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        self._unsupported('seek')

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported('truncate')

    def flush(self):
        self._checkClosed()

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    def __del__(self):
        # A file dropped without close() is closed when its last reference goes, which flushes
        # what it still buffers: open(name, 'w').write(text) writes text at once, as in CPython.
        try:
            closed = self.closed
        except Exception:
            return
        if not closed:
            try:
                self.close()
            except Exception:
                pass

    @property
    def closed(self):
        return self.__closed

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError('I/O operation on closed file.' if msg is None else msg)

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation('File or stream is not seekable.' if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation('File or stream is not readable.' if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation('File or stream is not writable.' if msg is None else msg)

    def fileno(self):
        self._unsupported('fileno')

    def isatty(self):
        self._checkClosed()
        return False

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self, size=-1):
        '''Bytes up to and including the next b'\\n' (at most size of them), one read(1) at a
        time: correct for any readable object, and the reason the buffered classes have their
        own readline.'''
        size = _size_arg(size)
        line = []
        while size < 0 or len(line) < size:
            b = self.read(1)
            if not b:
                break
            line.append(b)
            if b == b'\n':
                break
        return b''.join(line)

    def readlines(self, hint=None):
        '''The lines as a list; with a positive hint, stop after the line that takes the
        total past hint characters (bytes).'''
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total > hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    '''Unbuffered binary files: read() is built from readinto(), readall() from read().'''

    __module__ = 'io'

    def read(self, size=-1):
        size = _size_arg(size)
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        return bytes(b[:n])

    def readall(self):
        chunks = []
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            chunks.append(data)
        return b''.join(chunks)

    def readinto(self, b):
        self._unsupported('readinto')

    def write(self, b):
        self._unsupported('write')


class BufferedIOBase(IOBase):
    '''Buffered binary files: read(n) returns n bytes unless the file ends first.'''

    __module__ = 'io'

    def read(self, size=-1):
        self._unsupported('read')

    def read1(self, size=-1):
        self._unsupported('read1')

    def write(self, b):
        self._unsupported('write')

    def detach(self):
        self._unsupported('detach')

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n


class TextIOBase(IOBase):
    '''Text files: read() returns str, write() takes str.'''

    __module__ = 'io'

    def read(self, size=-1):
        self._unsupported('read')

    def write(self, s):
        self._unsupported('write')

    def detach(self):
        self._unsupported('detach')

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


# ───────────────────────────── FileIO: the raw layer ─────────────────────────────

class FileIO(RawIOBase):
    '''A file descriptor and nothing else: each call is one system call.'''

    __module__ = '_io'
    _fd = -1                    # -1 once closed (or if __init__ failed before opening)

    def __init__(self, file, mode='r', closefd=True, opener=None):
        if isinstance(file, float):
            raise TypeError('integer argument expected, got float')
        fd = -1
        if isinstance(file, int):
            fd = file
            if fd < 0:
                raise ValueError('negative file descriptor')
        if not isinstance(mode, str):
            raise TypeError("FileIO() argument 'mode' must be str, not %s" % type(mode).__name__)
        # The mode: exactly one of r/w/x/a, at most one '+', and 'b' (implied anyway).
        self._readable = self._writable = self._appending = self._created = False
        seen_rwxa = plus = False
        flags = 0
        for c in mode:
            if c in 'rwxa':
                if seen_rwxa:
                    raise ValueError('Must have exactly one of create/read/write/append mode '
                                     'and at most one plus')
                seen_rwxa = True
                if c == 'r':
                    self._readable = True
                elif c == 'w':
                    self._writable = True
                    flags |= _posix.O_CREAT | _posix.O_TRUNC
                elif c == 'x':
                    self._created = self._writable = True
                    flags |= _posix.O_CREAT | _posix.O_EXCL
                else:
                    self._appending = self._writable = True
                    flags |= _posix.O_CREAT | _posix.O_APPEND
            elif c == '+':
                if plus:
                    raise ValueError('Must have exactly one of create/read/write/append mode '
                                     'and at most one plus')
                plus = True
                self._readable = self._writable = True
            elif c != 'b':
                raise ValueError('invalid mode: %s' % mode)
        if not seen_rwxa:
            raise ValueError('Must have exactly one of create/read/write/append mode '
                             'and at most one plus')
        if self._readable and self._writable:
            flags |= _posix.O_RDWR
        elif self._readable:
            flags |= _posix.O_RDONLY
        else:
            flags |= _posix.O_WRONLY
        flags |= _posix.O_CLOEXEC

        # Open it (or adopt the descriptor we were given).
        self._closefd = closefd
        if fd < 0:
            if not closefd:
                raise ValueError('Cannot use closefd=False with file name')
            if opener is None:
                fd = _posix.open(file, flags, 0o666)
            else:
                fd = opener(file, flags)
                if not isinstance(fd, int):
                    raise TypeError('expected integer from opener')
                if fd < 0:
                    raise ValueError('opener returned %d' % fd)
        try:
            # A directory opens fine with O_RDONLY, but it is not a file: refuse it as CPython
            # does (st_mode's file-type bits 0o170000 are 0o040000 for a directory).
            st = _posix.fstat(fd)
            if st.st_mode & 0o170000 == 0o040000:
                raise IsADirectoryError(_EISDIR, _posix.strerror(_EISDIR), file)
            if self._appending:
                # O_APPEND makes every write go to the end; put the position there too, so
                # tell() says where the next write lands.
                _posix.lseek(fd, 0, SEEK_END)
        except BaseException:
            if fd != file:          # we opened it: do not leak it
                _posix.close(fd)
            raise
        self.name = file
        self._fd = fd
        self._seekable = None

    # ── state ──

    @property
    def closed(self):
        return self._fd < 0

    @property
    def closefd(self):
        return self._closefd

    @property
    def mode(self):
        if self._created:
            return 'xb+' if self._readable else 'xb'
        if self._appending:
            return 'ab+' if self._readable else 'ab'
        if self._readable:
            return 'rb+' if self._writable else 'rb'
        return 'wb'

    def _checkOpen(self):
        # FileIO's message has no full stop (IOBase's has one: flush() on a closed FileIO says
        # "I/O operation on closed file.", read() says "I/O operation on closed file").
        if self._fd < 0:
            raise ValueError('I/O operation on closed file')

    def fileno(self):
        self._checkOpen()
        return self._fd

    def readable(self):
        self._checkOpen()
        return self._readable

    def writable(self):
        self._checkOpen()
        return self._writable

    def seekable(self):
        self._checkOpen()
        if self._seekable is None:      # a pipe or a terminal cannot seek: lseek says ESPIPE
            try:
                _posix.lseek(self._fd, 0, SEEK_CUR)
                self._seekable = True
            except OSError:
                self._seekable = False
        return self._seekable

    def isatty(self):
        self._checkOpen()
        return _posix.isatty(self._fd)

    # ── reading and writing: one system call each ──

    def read(self, size=-1):
        self._checkOpen()
        if not self._readable:
            raise UnsupportedOperation('File not open for reading')
        size = _size_arg(size)
        if size < 0:
            return self.readall()
        return _posix.read(self._fd, size)

    def readall(self):
        '''Everything up to the end of the file.  The file's size says how much to ask for;
        asking for one byte more sees the end in the same call.'''
        self._checkOpen()
        want = DEFAULT_BUFFER_SIZE
        try:
            remaining = _posix.fstat(self._fd).st_size - _posix.lseek(self._fd, 0, SEEK_CUR)
            if remaining >= 0:
                want = remaining + 1
        except OSError:
            pass
        chunks = []
        while True:
            data = _posix.read(self._fd, want)
            if not data:
                break
            chunks.append(data)
            want = max(want, DEFAULT_BUFFER_SIZE)
        return b''.join(chunks)

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        b = _bytes_arg(b)
        self._checkOpen()
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')
        return _posix.write(self._fd, b)    # may write fewer bytes: the buffered layer loops

    def seek(self, pos, whence=SEEK_SET):
        self._checkOpen()
        return _posix.lseek(self._fd, pos, whence)

    def tell(self):
        self._checkOpen()
        return _posix.lseek(self._fd, 0, SEEK_CUR)

    def truncate(self, size=None):
        self._checkOpen()
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')
        if size is None:
            size = self.tell()
        _posix.ftruncate(self._fd, size)
        return size

    def close(self):
        if self._fd >= 0:
            try:
                RawIOBase.close(self)       # flush (nothing to do at this layer) and mark closed
            finally:
                fd, self._fd = self._fd, -1
                if self._closefd:
                    _posix.close(fd)

    def __repr__(self):
        if self._fd < 0:
            return '<%s [closed]>' % _type_name(self)
        try:
            name = self.name
        except AttributeError:
            return '<%s fd=%d mode=%r closefd=%r>' % (_type_name(self), self._fd, self.mode, self._closefd)
        return '<%s name=%r mode=%r closefd=%r>' % (_type_name(self), name, self.mode, self._closefd)


# ───────────────────────────── the buffered layer ─────────────────────────────

class _BufferedBase(BufferedIOBase):
    '''What BufferedReader, BufferedWriter and BufferedRandom share: a raw file, a read-ahead
    buffer and a write buffer, and a lock around them.

    The state, and what it means for the raw file's position:
      _rbuf, _rpos   bytes read ahead from the raw file; _rbuf[_rpos:] are not consumed yet,
                     and the raw position is just after _rbuf.
      _wbuf, _wlen   the bytes objects written but not yet given to the raw file (a list, and
                     their total length), which will receive them at its current position.
    At most one of the two holds data: writing first gives back the read-ahead (seeks the raw
    file back over it), reading first flushes the writes.'''

    _raw = None

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError('buffer size must be strictly positive')
        self._raw = raw
        self._buffer_size = buffer_size
        self._rbuf = b''
        self._rpos = 0
        self._wbuf = []
        self._wlen = 0
        self._lock = _thread.allocate_lock()

    # ── the raw file underneath ──

    def _checkRaw(self):
        if self._raw is None:
            raise ValueError('raw stream has been detached')

    def _checkOpen(self, msg):
        '''The check at the top of most methods: attached, and not closed (msg says which
        operation was refused, as CPython's buffered layer does: "read of closed file").'''
        if self._raw is None:
            raise ValueError('raw stream has been detached')
        if self._raw.closed:
            raise ValueError(msg)

    @property
    def raw(self):
        return self._raw

    @property
    def closed(self):
        self._checkRaw()
        return self._raw.closed

    @property
    def name(self):
        self._checkRaw()
        return self._raw.name

    @property
    def mode(self):
        self._checkRaw()
        return self._raw.mode

    def fileno(self):
        self._checkRaw()
        return self._raw.fileno()

    def isatty(self):
        self._checkRaw()
        return self._raw.isatty()

    def seekable(self):
        self._checkRaw()
        return self._raw.seekable()

    # ── moving between reading and writing ──

    def _drop_read_ahead_unlocked(self):
        '''Seek the raw file back over the bytes read ahead but not consumed, and forget them:
        then the raw position is the logical one.'''
        unread = len(self._rbuf) - self._rpos
        if unread:
            self._raw.seek(-unread, SEEK_CUR)
        self._rbuf = b''
        self._rpos = 0

    def _flush_unlocked(self):
        '''Hand the write buffer to the raw file, joined into one bytes object: one system call
        (unless raw.write takes only part of it; then the rest goes in more calls).'''
        if not self._wbuf:
            return
        data = self._wbuf[0] if len(self._wbuf) == 1 else b''.join(self._wbuf)
        self._wbuf = []
        self._wlen = 0
        try:
            while data:
                n = self._raw.write(data)
                if not n:   # CPython raises BlockingIOError here, which minipy lacks so far
                    raise OSError(11, 'write could not complete without blocking')
                data = data[n:]
        except BaseException:
            self._wbuf = [data]         # keep what was not written, for a later flush
            self._wlen = len(data)
            raise

    # ── position ──

    def tell(self):
        self._checkRaw()
        with self._lock:
            pos = self._raw.tell() - (len(self._rbuf) - self._rpos) + self._wlen
        return pos if pos > 0 else 0

    def seek(self, pos, whence=SEEK_SET):
        self._checkRaw()
        if whence not in (0, 1, 2):
            raise ValueError('whence value %d unsupported' % whence)
        self._checkOpen('seek of closed file')
        self._checkSeekable()
        pos = _size_arg(pos)
        with self._lock:
            # A target inside the read-ahead buffer needs no system call: move _rpos.
            if whence != SEEK_END and self._rbuf:
                start = self._raw.tell() - len(self._rbuf)      # file offset of _rbuf[0]
                target = pos if whence == SEEK_SET else start + self._rpos + pos
                if start <= target <= start + len(self._rbuf):
                    self._rpos = target - start
                    return target
            self._flush_unlocked()
            if whence == SEEK_CUR:      # relative to the logical position, not the raw one
                pos -= len(self._rbuf) - self._rpos
            self._rbuf = b''
            self._rpos = 0
            return self._raw.seek(pos, whence)

    def truncate(self, pos=None):
        self._checkOpen('truncate of closed file')
        if not self.writable():
            self._unsupported('truncate')
        with self._lock:
            self._flush_unlocked()
            self._drop_read_ahead_unlocked()
            return self._raw.truncate(pos)

    # ── flushing and closing ──

    def flush(self):
        # A reader has nothing of its own to flush: the raw file answers (and raises on a
        # closed file).  Writers override this.
        self._checkRaw()
        return self._raw.flush()

    def close(self):
        self._checkRaw()
        with self._lock:
            if self._raw.closed:
                return
        try:
            self.flush()        # outside the lock: flush() takes it
        finally:
            with self._lock:
                self._raw.close()
                self._rbuf = b''
                self._rpos = 0

    def detach(self):
        self._checkRaw()
        self.flush()
        raw, self._raw = self._raw, None
        return raw

    def __repr__(self):
        try:
            name = self.name
        except (AttributeError, ValueError):
            return '<%s>' % _type_name(self)
        return '<%s name=%r>' % (_type_name(self), name)


class _ReadMethods:
    '''The reading half of the buffered layer (BufferedReader and BufferedRandom).  A class of
    its own so that BufferedWriter does not have these methods at all, as in CPython.'''

    def readable(self):
        self._checkRaw()
        return self._raw.readable()

    def _fill_unlocked(self):
        '''Replace the (consumed) read-ahead with the next buffer_size bytes; False at the end.'''
        data = self._raw.read(self._buffer_size)
        if not data:
            return False
        self._rbuf = data
        self._rpos = 0
        return True

    def read(self, size=-1):
        self._checkRaw()
        size = _size_arg(size)
        if size < -1:
            raise ValueError('read length must be non-negative or -1')
        self._checkOpen('read of closed file')
        with self._lock:
            self._flush_unlocked()
            rbuf, rpos = self._rbuf, self._rpos
            if 0 <= size <= len(rbuf) - rpos:           # all of it is read ahead already
                self._rpos = rpos + size
                return rbuf[rpos:rpos + size]
            chunks = [rbuf[rpos:]]
            self._rbuf = b''
            self._rpos = 0
            if size < 0:                                # everything, in one raw call
                rest = self._raw.readall()
                if rest:
                    chunks.append(rest)
                return b''.join(chunks)
            wanted = size - len(chunks[0])
            while wanted > 0:
                if wanted >= self._buffer_size:         # large: straight from the raw file
                    data = self._raw.read(wanted)
                    if not data:
                        break
                    chunks.append(data)
                    wanted -= len(data)
                else:                                   # small: refill the buffer, take part
                    if not self._fill_unlocked():
                        break
                    take = min(wanted, len(self._rbuf))
                    chunks.append(self._rbuf[:take])
                    self._rpos = take
                    wanted -= take
            return b''.join(chunks)

    def read1(self, size=-1):
        '''At most one raw read: the bytes already buffered, or else one call's worth.'''
        self._checkRaw()
        size = _size_arg(size)
        self._checkOpen('read of closed file')
        if size < 0:
            size = self._buffer_size
        if size == 0:
            return b''
        with self._lock:
            self._flush_unlocked()
            avail = len(self._rbuf) - self._rpos
            if not avail:
                if size >= self._buffer_size:
                    return self._raw.read(size)
                if not self._fill_unlocked():
                    return b''
                avail = len(self._rbuf)
            take = min(size, avail)
            out = self._rbuf[self._rpos:self._rpos + take]
            self._rpos += take
            return out

    def peek(self, size=0):
        '''The bytes read ahead (at least one unless at the end), without consuming them.'''
        self._checkOpen('peek of closed file')
        with self._lock:
            self._flush_unlocked()
            if self._rpos >= len(self._rbuf):
                self._fill_unlocked()
            return self._rbuf[self._rpos:]

    def readline(self, size=-1):
        self._checkRaw()
        size = _size_arg(size)
        self._checkOpen('readline of closed file')
        with self._lock:
            self._flush_unlocked()
            chunks = []
            got = 0
            while size < 0 or got < size:
                if self._rpos >= len(self._rbuf) and not self._fill_unlocked():
                    break
                rbuf, rpos = self._rbuf, self._rpos
                stop = len(rbuf) if size < 0 else min(len(rbuf), rpos + size - got)
                nl = rbuf.find(b'\n', rpos, stop)
                if nl >= 0:
                    stop = nl + 1
                chunks.append(rbuf[rpos:stop])
                got += stop - rpos
                self._rpos = stop
                if nl >= 0:
                    break
            return b''.join(chunks)

    def readinto(self, b):
        self._checkOpen('readinto of closed file')
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n


class _WriteMethods:
    '''The writing half of the buffered layer (BufferedWriter and BufferedRandom).'''

    def writable(self):
        self._checkRaw()
        return self._raw.writable()

    def write(self, b):
        self._checkRaw()
        b = _bytes_arg(b)
        self._checkOpen('write to closed file')
        with self._lock:
            if self._rbuf:              # switching from reading: write where reading got to
                self._drop_read_ahead_unlocked()
            # A list of bytes objects, not one growing bytearray: appending is cheap, and a
            # bytearray argument is copied here because the caller may change it afterwards.
            self._wbuf.append(bytes(b) if isinstance(b, bytearray) else b)
            self._wlen += len(b)
            if self._wlen >= self._buffer_size:
                self._flush_unlocked()
        return len(b)

    def flush(self):
        self._checkOpen('flush of closed file')
        with self._lock:
            self._flush_unlocked()
            self._drop_read_ahead_unlocked()    # as CPython: the raw position becomes the logical one


class BufferedReader(_ReadMethods, _BufferedBase):
    '''A readable raw file with a read-ahead buffer.'''

    __module__ = '_io'

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.readable():
            raise OSError('"raw" argument must be readable.')
        _BufferedBase.__init__(self, raw, buffer_size)


class BufferedWriter(_WriteMethods, _BufferedBase):
    '''A writable raw file with a write buffer.'''

    __module__ = '_io'

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.writable():
            raise OSError('"raw" argument must be writable.')
        _BufferedBase.__init__(self, raw, buffer_size)


class BufferedRandom(_ReadMethods, _WriteMethods, _BufferedBase):
    '''A seekable raw file open for reading and writing ('+' modes): both buffers.'''

    __module__ = '_io'

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.seekable():
            raise OSError('"raw" argument must be seekable.')
        if not raw.readable():
            raise OSError('"raw" argument must be readable.')
        if not raw.writable():
            raise OSError('"raw" argument must be writable.')
        _BufferedBase.__init__(self, raw, buffer_size)


# ───────────────────────────── TextIOWrapper: the text layer ─────────────────────────────

def _check_newline(newline, owner):
    if newline is not None and not isinstance(newline, str):
        if owner == 'StringIO':
            raise TypeError('newline must be str or None, not %s' % type(newline).__name__)
        raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not %s"
                        % type(newline).__name__)
    if newline not in (None, '', '\n', '\r', '\r\n'):
        if owner == 'StringIO':
            raise ValueError('illegal newline value: %r' % newline)
        raise ValueError('illegal newline value: %s' % newline)


# f.newlines: which line endings were seen, from three bits (LF=1, CR=2, CRLF=4), in CPython's
# order.
_NEWLINES_SEEN = (None, '\n', '\r', ('\r', '\n'), '\r\n', ('\n', '\r\n'), ('\r', '\r\n'),
                  ('\r', '\n', '\r\n'))


def _scan_newlines(text):
    '''The LF/CR/CRLF bits of the line endings in text.'''
    crlf = text.count('\r\n')
    bits = 4 if crlf else 0
    if text.count('\n') > crlf:
        bits |= 1
    if text.count('\r') > crlf:
        bits |= 2
    return bits


class TextIOWrapper(TextIOBase):
    '''str on top of a buffered binary file: encoding, decoding and newlines.

    Reading keeps one decoded chunk:
      _text, _tpos   text decoded from the buffer; _text[_tpos:] is not consumed yet.  It is
                     untranslated: '\\r\\n' is translated when it is handed out, so that a
                     '\\r' at the very end of a chunk can wait to see whether '\\n' follows.
      _pend          bytes read from the buffer but not decoded yet (an incomplete character).
      _eof           the buffer said "end of file" during the current call.
      _snapshot      seek() ran, or a chunk was decoded while tell() was allowed (CPython keeps
                     a "snapshot" of the decoder then; write() only forgets the text read
                     ahead if there is one).
    The buffer's position is therefore just after _text + _pend, which is how tell() works
    back to the position of the next character.'''

    __module__ = '_io'
    _buffer = None

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        _check_newline(newline, 'TextIOWrapper')
        if encoding is None or encoding == 'locale':
            encoding = 'UTF-8'          # the locale's encoding, which is UTF-8 on minipy's systems
        if not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not %s"
                            % type(encoding).__name__)
        ''.encode(encoding)             # LookupError now for an unknown codec, as CPython
        if errors is None:
            errors = 'strict'
        elif not isinstance(errors, str):
            raise TypeError("TextIOWrapper() argument 'errors' must be str or None, not %s"
                            % type(errors).__name__)
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._utf8 = _is_utf8(encoding)
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._set_newline(newline)
        self._readable = buffer.readable()
        self._writable = buffer.writable()
        self._seekable = self._telling = buffer.seekable()
        self._reset_read()
        self._lock = _thread.allocate_lock()

    def _set_newline(self, newline):
        self._newline = newline
        self._readuniversal = not newline       # None or '': any of \n, \r, \r\n ends a line
        self._readtranslate = newline is None   # None: ... and reads as '\n'
        self._readnl = newline                  # '\n', '\r' or '\r\n': only that ends a line
        self._writetranslate = newline != ''
        self._writenl = newline or '\n'         # None writes os.linesep, which is '\n' here

    def _reset_read(self):
        self._text = ''
        self._tpos = 0
        self._pend = b''
        self._eof = False
        self._snapshot = False
        self._seennl = 0
        self._nlscan = 0        # _text[:_nlscan] has been looked at for f.newlines

    # ── state ──

    def _checkAttached(self):
        if self._buffer is None:
            raise ValueError('underlying buffer has been detached')

    def _checkOpen(self):
        if self._buffer is None:
            raise ValueError('underlying buffer has been detached')
        if self._buffer.closed:
            raise ValueError('I/O operation on closed file.')

    def _checkReadableText(self):
        if not self._readable:
            raise UnsupportedOperation('not readable')

    @property
    def buffer(self):
        return self._buffer

    @property
    def closed(self):
        self._checkAttached()
        return self._buffer.closed

    @property
    def name(self):
        self._checkAttached()
        return self._buffer.name

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def newlines(self):
        if not self._readable or not self._readuniversal:
            return None
        return _NEWLINES_SEEN[self._seennl]

    def fileno(self):
        self._checkAttached()
        return self._buffer.fileno()

    def isatty(self):
        self._checkAttached()
        return self._buffer.isatty()

    def readable(self):
        self._checkAttached()
        return self._buffer.readable()

    def writable(self):
        self._checkAttached()
        return self._buffer.writable()

    def seekable(self):
        self._checkAttached()
        return self._buffer.seekable()

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis, line_buffering=None,
                    write_through=None):
        '''Change the line buffering, write-through, errors, newline or (before anything has
        been read) encoding settings.'''
        self._checkOpen()
        if newline is not Ellipsis:
            _check_newline(newline, 'TextIOWrapper')
        with self._lock:
            if encoding is not None:
                if self._text or self._pend:
                    raise UnsupportedOperation('It is not possible to set the encoding or newline '
                                               'of stream after the first read')
                ''.encode(encoding)
                self._encoding = encoding
                self._utf8 = _is_utf8(encoding)
                if errors is None:
                    errors = 'strict'
            if errors is not None:
                self._errors = errors
            if newline is not Ellipsis:
                self._set_newline(newline)
            self._buffer.flush()
            if line_buffering is not None:
                self._line_buffering = bool(line_buffering)
            if write_through is not None:
                self._write_through = bool(write_through)

    # ── decoding, a chunk at a time ──

    def _read_chunk_unlocked(self):
        '''Decode the next chunk of the buffer onto _text; sets _eof at the end of the file.'''
        read1 = getattr(self._buffer, 'read1', None)
        data = read1(_CHUNK_SIZE) if read1 is not None else self._buffer.read(_CHUNK_SIZE)
        if not data:
            self._eof = True
            if not self._pend:
                if self._readuniversal:
                    self._note_newlines_unlocked()  # a final '\r' is a newline now
                return
        data = self._pend + data
        if self._eof:                   # the end: incomplete bytes are an error now
            cut = len(data)
        elif self._utf8:
            cut = _complete_utf8(data)
        else:
            cut = len(data)             # ASCII and Latin-1: one byte, one character
        try:
            text = data[:cut].decode(self._encoding, self._errors)
        except UnicodeDecodeError:
            self._pend = data       # keep the bytes: reading again raises again, as in CPython
            raise
        self._pend = data[cut:]
        # Drop the consumed part, keep the rest, append the new text.
        self._nlscan = max(0, self._nlscan - self._tpos)
        self._text = self._text[self._tpos:] + text
        self._tpos = 0
        if self._telling:
            self._snapshot = True
        if self._readuniversal:
            self._note_newlines_unlocked()

    def _note_newlines_unlocked(self):
        '''Record which line endings the decoded text holds (for f.newlines).  A '\\r' at the
        very end waits: it may be the first half of '\\r\\n'.'''
        end = len(self._text)
        if end and not self._eof and self._text[end - 1] == '\r':
            end -= 1
        if end > self._nlscan:
            self._seennl |= _scan_newlines(self._text[self._nlscan:end])
            self._nlscan = end

    def _translate(self, text):
        if self._readtranslate and '\r' in text:
            return text.replace('\r\n', '\n').replace('\r', '\n')
        return text

    def _take_unlocked(self, n):
        '''Up to n characters of the decoded text (all of it when n < 0), translated.  Returns
        '' when the only character left is a '\\r' that must wait for the next chunk.'''
        text, p = self._text, self._tpos
        end = len(text)
        if p >= end or n == 0:
            return ''
        stop = end if n < 0 else min(end, p + n)
        if self._readtranslate and text[stop - 1] == '\r':
            if stop < end:
                if text[stop] == '\n':
                    stop += 1           # the whole '\r\n': one character once translated
            elif not self._eof:
                stop -= 1               # is it '\r\n'? the next chunk will tell
        self._tpos = stop
        return self._translate(text[p:stop])

    def _line_end(self, start):
        '''Index just after the first line ending in _text at or after start, or -1.'''
        text = self._text
        if self._readuniversal:
            lf = text.find('\n', start)
            cr = text.find('\r', start, lf) if lf >= 0 else text.find('\r', start)
            if cr < 0:
                return lf + 1 if lf >= 0 else -1
            if cr + 1 < len(text):
                return cr + 2 if text[cr + 1] == '\n' else cr + 1
            return cr + 1 if self._eof else -1     # a final '\r': wait for what follows
        i = text.find(self._readnl, start)
        return i + len(self._readnl) if i >= 0 else -1

    # ── reading ──

    def _compact_unlocked(self):
        '''Drop the consumed text.  minipy's str is UTF-8, so finding character number i of a
        non-ASCII str means walking from its start: searching and slicing from 0 in the short
        rest is much cheaper than from _tpos in the whole chunk, line after line.  (An ASCII
        str is indexed directly: there copying the rest would only cost time.)'''
        if self._tpos and not self._text.isascii():
            self._nlscan = max(0, self._nlscan - self._tpos)
            self._text = self._text[self._tpos:]
            self._tpos = 0

    def read(self, size=-1):
        self._checkOpen()
        self._checkReadableText()
        size = _size_arg(size)
        with self._lock:
            self._eof = False
            if size < 0:
                # Everything: the rest of this chunk and the rest of the file, decoded at once.
                data = self._pend + self._buffer.read()
                self._eof = True
                try:
                    text = data.decode(self._encoding, self._errors)
                except UnicodeDecodeError:
                    self._pend = data
                    raise
                self._pend = b''
                self._nlscan = max(0, self._nlscan - self._tpos)
                self._text = self._text[self._tpos:] + text
                self._tpos = 0
                self._snapshot = False
                if self._readuniversal:
                    self._note_newlines_unlocked()
                return self._take_unlocked(-1)
            self._compact_unlocked()
            pieces = []
            got = 0
            while got < size:
                piece = self._take_unlocked(size - got)
                if piece:
                    pieces.append(piece)
                    got += len(piece)
                elif self._eof:
                    break
                else:
                    self._read_chunk_unlocked()
            return ''.join(pieces)

    def readline(self, size=-1):
        self._checkOpen()
        self._checkReadableText()
        size = _size_arg(size)
        with self._lock:
            self._eof = False
            self._compact_unlocked()
            searched = 0        # characters after _tpos already known to hold no line end
            while True:
                text, p = self._text, self._tpos
                end = self._line_end(p + searched)
                if end < 0 and self._eof:
                    end = len(text)                     # the last line, without a newline
                if end >= 0:
                    length = end - p
                    if self._readtranslate:
                        length -= text.count('\r\n', p, end)
                    if 0 <= size < length:
                        return self._take_unlocked(size)
                    self._tpos = end
                    return self._translate(text[p:end])
                if 0 <= size < len(text) - p:           # size characters, and no line end
                    return self._take_unlocked(size)
                searched = max(0, len(text) - p - 1)    # recheck a last '\r' after the refill
                self._read_chunk_unlocked()

    def __next__(self):
        # A for loop reads ahead without keeping track of positions (CPython's speed trick),
        # so tell() is refused until the loop ends or flush()/seek() is called.
        self._telling = False
        line = self.readline()
        if not line:
            self._snapshot = False
            self._telling = self._seekable
            raise StopIteration
        return line

    # ── writing ──

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        self._checkOpen()
        if not self._writable:
            raise UnsupportedOperation('not writable')
        length = len(s)
        haslf = '\n' in s
        if haslf and self._writetranslate and self._writenl != '\n':
            s = s.replace('\n', self._writenl)
        data = s.encode(self._encoding, self._errors)
        with self._lock:
            # The bytes go to the buffer's position, which is past the text read ahead (CPython
            # does not step back either).  That text is forgotten if tell() could have been
            # asked about it (CPython 3.13+: only when it has a "snapshot", so text read by a
            # for loop survives a write); the decoder starts afresh, forgetting an incomplete
            # character and which newlines it saw.
            if self._snapshot:
                self._text = ''
                self._tpos = 0
                self._snapshot = False
            self._pend = b''
            self._seennl = 0
            self._nlscan = len(self._text)
            self._buffer.write(data)
            if self._write_through or (self._line_buffering and (haslf or '\r' in s)):
                self._buffer.flush()
        return length

    def flush(self):
        self._checkOpen()
        self._telling = self._seekable
        self._buffer.flush()

    def truncate(self, pos=None):
        self._checkAttached()
        self.flush()
        return self._buffer.truncate(pos)

    def close(self):
        self._checkAttached()
        if self._buffer.closed:
            return
        try:
            self.flush()
        finally:
            with self._lock:
                self._buffer.close()

    def detach(self):
        self._checkAttached()
        self.flush()
        buffer, self._buffer = self._buffer, None
        return buffer

    # ── position ──

    def tell(self):
        self._checkOpen()
        if not self._seekable:
            raise UnsupportedOperation('underlying stream is not seekable')
        if not self._telling:
            raise OSError('telling position disabled by next() call')
        with self._lock:
            self._buffer.flush()
            pos = self._buffer.tell()
            rest = self._text[self._tpos:]
            if not self._snapshot or (not rest and not self._pend):
                # No snapshot: CPython then answers the buffer's position even if text was read
                # ahead (after a for loop that stopped early and a flush()); so do we.
                return pos
            # The buffer is past the unread text and the undecoded bytes: step back over them.
            return pos - len(self._pend) - len(rest.encode(self._encoding, self._errors))

    def seek(self, cookie, whence=SEEK_SET):
        self._checkOpen()
        if not self._seekable:
            raise UnsupportedOperation('underlying stream is not seekable')
        if whence == SEEK_CUR:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
        elif whence == SEEK_END:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            with self._lock:
                self._reset_read()
                return self._buffer.seek(0, SEEK_END)
        elif whence != SEEK_SET:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        if cookie < 0:
            raise ValueError('negative seek position %r' % (cookie,))
        self.flush()
        with self._lock:
            self._reset_read()
            self._buffer.seek(cookie)
            self._snapshot = True       # CPython's seek() leaves a snapshot of its position
        return cookie

    def __repr__(self):
        parts = ['<' + _type_name(self)]
        try:
            parts.append('name=%r' % (self.name,))
        except (AttributeError, ValueError):
            pass
        try:
            parts.append('mode=%r' % (self.mode,))     # set by open(); absent otherwise
        except (AttributeError, ValueError):
            pass
        parts.append('encoding=%r>' % (self._encoding,))
        return ' '.join(parts)


# ───────────────────────────── StringIO and BytesIO: files in memory ─────────────────────────────

class StringIO(TextIOBase):
    '''A text file whose contents are a str in memory.

    Appending (the common case: building a string with many write() calls) only collects the
    pieces in a list; they are joined the first time something needs the whole value.  newline
    works as for TextIOWrapper, except that the translation happens when the text is written:
    with newline=None, '\\r\\n' and '\\r' are stored as '\\n'.

    Reading a non-ASCII value goes through a window: minipy's str is UTF-8, so value[i:j] or
    value.find(x, i) on a long non-ASCII str first walks i characters from its start, and a
    loop over the lines of a large value would be quadratic.  _win is a copy of at most
    _WINDOW characters of the value, starting at position _win_start; reads take from its
    front and cut it down, and a new window is cut from the value when it runs out.'''

    __module__ = '_io'
    _WINDOW = 8192

    def __init__(self, initial_value='', newline='\n'):
        _check_newline(newline, 'StringIO')
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s' % type(initial_value).__name__)
        self._value = ''
        self._pieces = []       # written at the end, not yet joined onto _value
        self._length = 0
        self._pos = 0
        self._closed = False
        self._lock = _thread.allocate_lock()
        self._newline = newline
        self._readuniversal = not newline
        self._readtranslate = newline is None
        self._writenl = newline if newline in ('\r', '\r\n') else None
        self._seennl = 0
        self._win = None
        self._win_start = 0
        if initial_value:
            self._write_unlocked(initial_value)
            self._pos = 0

    def _checkOpen(self):
        # Without a full stop, as CPython's StringIO (isatty() and iteration, which IOBase
        # checks, say it with one).
        if self._closed:
            raise ValueError('I/O operation on closed file')

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True
        self._value = ''
        self._pieces = []
        self._win = None

    @property
    def line_buffering(self):
        self._checkOpen()
        return False

    @property
    def newlines(self):
        self._checkOpen()
        if not self._readuniversal:
            return None
        return _NEWLINES_SEEN[self._seennl]

    def readable(self):
        self._checkOpen()
        return True

    def writable(self):
        self._checkOpen()
        return True

    def seekable(self):
        self._checkOpen()
        return True

    def flush(self):
        pass

    def _join_unlocked(self):
        if self._pieces:
            self._value += ''.join(self._pieces)
            self._pieces = []
        return self._value

    def getvalue(self):
        self._checkOpen()
        with self._lock:
            return self._join_unlocked()

    def _write_unlocked(self, s):
        if self._readuniversal:
            self._seennl |= _scan_newlines(s)
            if self._readtranslate and '\r' in s:
                s = s.replace('\r\n', '\n').replace('\r', '\n')
        if self._writenl is not None and '\n' in s:
            s = s.replace('\n', self._writenl)
        n = len(s)
        if not n:
            return                      # nothing: not even the padding of a seek past the end
        self._win = None
        if self._pos == self._length:
            self._pieces.append(s)
        else:
            value = self._join_unlocked()
            if self._pos > self._length:        # after a seek past the end: pad with NULs
                value += '\0' * (self._pos - self._length)
                self._length = self._pos
            self._value = value[:self._pos] + s + value[self._pos + n:]
        self._pos += n
        if self._pos > self._length:
            self._length = self._pos

    def write(self, s):
        self._checkOpen()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        length = len(s)
        with self._lock:
            self._write_unlocked(s)
        return length

    def _text_at_unlocked(self):
        '''(text, base, i, end): text[i:] holds the value from the position on, up to the
        position end, where text[0] is at position base.  For an ASCII value, the value itself;
        otherwise the window, cut anew from the value if the position has left it.'''
        value = self._join_unlocked()
        pos = self._pos
        if value.isascii():
            return value, 0, pos, self._length
        w = self._win
        if w is None or not self._win_start <= pos < self._win_start + len(w):
            w = self._win = value[pos:pos + self._WINDOW]
            self._win_start = pos
        return w, self._win_start, pos - self._win_start, self._win_start + len(w)

    def _consume_unlocked(self, text, base, stop):
        '''Move the position to text[stop], cutting the window down to what follows.'''
        self._pos = base + stop
        if text is self._win:
            self._win = text[stop:]
            self._win_start = self._pos

    def read(self, size=-1):
        self._checkOpen()
        size = _size_arg(size)
        with self._lock:
            if self._pos >= self._length:
                return ''
            text, base, i, end = self._text_at_unlocked()
            want = self._length if size < 0 else min(self._length, self._pos + size)
            if want > end:                      # past the window: slice the value itself
                text, base, i = self._value, 0, self._pos
            stop = want - base
            piece = text[i:stop]
            self._consume_unlocked(text, base, stop)
            return piece

    def _line_stop(self, text, start, limit, final):
        '''Index just after the line that starts at text[start] and may not pass limit, or -1
        when text[:limit] is not the whole story (final false) and the end is not known yet.'''
        if self._readuniversal and not self._readtranslate:
            # newline='': \n, \r or \r\n, stored as they came
            lf = text.find('\n', start, limit)
            cr = text.find('\r', start, lf if lf >= 0 else limit)
            if cr >= 0:
                if cr + 1 < limit:
                    return cr + 2 if text[cr + 1] == '\n' else cr + 1
                return cr + 1 if final else -1
            if lf >= 0:
                return lf + 1
        else:
            nl = '\n' if self._readtranslate else self._newline
            i = text.find(nl, start, limit)
            if i >= 0:
                return i + len(nl)
        return limit if final else -1

    def readline(self, size=-1):
        self._checkOpen()
        size = _size_arg(size)
        with self._lock:
            if self._pos >= self._length:
                return ''
            text, base, i, end = self._text_at_unlocked()
            limit = self._length if size < 0 else min(self._length, self._pos + size)
            stop = self._line_stop(text, i, min(limit, end) - base, limit <= end)
            if stop < 0:                # a line longer than the window: search the value
                text, base, i = self._value, 0, self._pos
                stop = self._line_stop(text, i, limit, True)
            line = text[i:stop]
            self._consume_unlocked(text, base, stop)
            return line

    def __next__(self):
        self._checkOpen()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._checkOpen()
        return self._pos

    def seek(self, pos, whence=SEEK_SET):
        self._checkOpen()
        pos = _index(pos)
        if whence not in (0, 1, 2):
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        if pos < 0 and whence == SEEK_SET:
            raise ValueError('Negative seek position %d' % pos)
        if whence != SEEK_SET and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        with self._lock:
            if whence == SEEK_CUR:
                pos = self._pos
            elif whence == SEEK_END:
                pos = self._length
            self._pos = pos
        return pos

    def truncate(self, pos=None):
        self._checkOpen()
        with self._lock:
            if pos is None:
                pos = self._pos
            pos = _size_arg(pos)
            if pos < 0:
                raise ValueError('Negative size value %d' % pos)
            if pos < self._length:
                self._value = self._join_unlocked()[:pos]
                self._length = pos
                self._win = None
        return pos

    def detach(self):
        self._unsupported('detach')


class BytesIO(BufferedIOBase):
    '''A binary file whose contents are bytes in memory.

    Like StringIO: the value is an immutable bytes object plus a list of pieces appended at the
    end since it was last joined, so that many small writes cost one join, and reading slices
    an immutable value (a bytearray would be simpler to write into, but every len() or slice of
    a shared bytearray copies it whole in minipy, to be safe against other threads).'''

    __module__ = '_io'

    def __init__(self, initial_bytes=b''):
        value = b'' if initial_bytes is None else _bytes_arg(initial_bytes)
        self._value = bytes(value)
        self._pieces = []
        self._length = len(self._value)
        self._pos = 0
        self._closed = False
        self._lock = _thread.allocate_lock()

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True
        self._value = b''
        self._pieces = []

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    def __iter__(self):
        return self     # CPython's BytesIO does not check for closed here; __next__ does

    def __next__(self):
        self._checkClosed()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _join_unlocked(self):
        if self._pieces:
            self._value += b''.join(self._pieces)
            self._pieces = []
        return self._value

    def getvalue(self):
        self._checkClosed()
        with self._lock:
            return self._join_unlocked()

    def read(self, size=-1):
        self._checkClosed()
        size = _size_arg(size)
        with self._lock:
            value = self._join_unlocked()
            start = self._pos
            stop = self._length if size < 0 else min(self._length, start + size)
            if start >= stop:
                return b''
            self._pos = stop
            return value[start:stop]

    read1 = read

    def readline(self, size=-1):
        self._checkClosed()
        size = _size_arg(size)
        with self._lock:
            value = self._join_unlocked()
            start = self._pos
            limit = self._length if size < 0 else min(self._length, start + size)
            if start >= limit:
                return b''
            i = value.find(b'\n', start, limit)
            stop = i + 1 if i >= 0 else limit
            self._pos = stop
            return value[start:stop]

    def readlines(self, hint=None):
        '''The lines as a list; with a positive hint, stop once the total reaches hint (the
        C BytesIO stops at >=, IOBase at >).'''
        self._checkClosed()
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        while total < hint:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
        return lines

    def readinto(self, b):
        self._checkClosed()
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        self._checkClosed()
        b = bytes(_bytes_arg(b))
        n = len(b)
        if not n:
            return 0                    # nothing: not even the padding of a seek past the end
        with self._lock:
            pos = self._pos
            if pos == self._length:             # appending: just collect the piece
                self._pieces.append(b)
            else:
                value = self._join_unlocked()
                if pos > self._length:          # after a seek past the end: pad with zeros
                    value += bytes(pos - self._length)
                self._value = value[:pos] + b + value[pos + n:]
            self._pos = pos + n
            if self._pos > self._length:
                self._length = self._pos
        return n

    def tell(self):
        self._checkClosed()
        return self._pos

    def seek(self, pos, whence=SEEK_SET):
        self._checkClosed()
        pos = _index(pos)
        with self._lock:
            if whence == SEEK_SET:
                if pos < 0:
                    raise ValueError('negative seek value %d' % pos)
            elif whence == SEEK_CUR:
                pos = max(0, self._pos + pos)
            elif whence == SEEK_END:
                pos = max(0, self._length + pos)
            else:
                raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
            self._pos = pos
        return pos

    def truncate(self, pos=None):
        self._checkClosed()
        with self._lock:
            if pos is None:
                pos = self._pos
            pos = _size_arg(pos)
            if pos < 0:
                raise ValueError('negative size value %d' % pos)
            if pos < self._length:
                self._value = self._join_unlocked()[:pos]
                self._length = pos
        return pos


# ───────────────────────────── open() ─────────────────────────────

def text_encoding(encoding, stacklevel=2):
    '''The encoding open() uses for text when none is given: "locale" (UTF-8 here).'''
    return encoding if encoding is not None else 'locale'


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
         opener=None):
    '''Open a file and return a file object: text (TextIOWrapper) unless mode has 'b', then a
    BufferedReader/Writer/Random, or the FileIO itself with buffering=0.'''
    if not isinstance(file, int):
        file = _fspath(file)
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    if not isinstance(buffering, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(buffering).__name__)
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("open() argument 'encoding' must be str or None, not %s" % type(encoding).__name__)
    if errors is not None and not isinstance(errors, str):
        raise TypeError("open() argument 'errors' must be str or None, not %s" % type(errors).__name__)

    # The mode, checked in CPython's order: known letters each at most once; not both t and b;
    # exactly one of x/r/w/a.
    for c in mode:
        if c not in 'axrwb+t' or mode.count(c) > 1:
            raise ValueError('invalid mode: %r' % mode)
    creating, reading, writing = 'x' in mode, 'r' in mode, 'w' in mode
    appending, updating = 'a' in mode, '+' in mode
    text, binary = 't' in mode, 'b' in mode
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError('must have exactly one of create/read/write/append mode')
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    rawmode = ('x' if creating else '') + ('r' if reading else '') + ('w' if writing else '') + \
              ('a' if appending else '') + ('+' if updating else '')

    # Stack the layers.  The raw file is opened first (so 'w' truncates even when a later
    # argument is refused, as in CPython), and closed again if a later layer refuses.
    raw = FileIO(file, rawmode, closefd, opener=opener)
    result = raw
    try:
        line_buffering = False
        if buffering == 1 or (buffering < 0 and raw.isatty()):
            buffering = -1
            line_buffering = True
        if buffering < 0:
            buffering = DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if binary:
                return raw
            raise ValueError("can't have unbuffered text I/O")
        if updating:
            buffer = BufferedRandom(raw, buffering)
        elif creating or writing or appending:
            buffer = BufferedWriter(raw, buffering)
        else:
            buffer = BufferedReader(raw, buffering)
        result = buffer
        if binary:
            return buffer
        text = TextIOWrapper(buffer, encoding, errors, newline, line_buffering)
        result = text
        text.mode = mode
        return text
    except BaseException:
        result.close()
        raise


def open_code(path):
    '''Open a file of code to read as bytes (what the import system would use).'''
    if not isinstance(path, str):
        raise TypeError("open_code() argument 'path' must be str, not %s" % type(path).__name__)
    return open(path, 'rb')


def _fspath(path):
    '''os.fspath, here to keep io free of an import of os.'''
    if isinstance(path, (str, bytes)):
        return path
    fspath = getattr(type(path), '__fspath__', None)
    if fspath is None:
        raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(path).__name__)
    result = fspath(path)
    if not isinstance(result, (str, bytes)):
        raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                        % (type(path).__name__, type(result).__name__))
    return result
