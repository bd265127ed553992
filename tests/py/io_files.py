# io: open() on real files — modes, reading and writing, positions, newline translation,
# binary and unbuffered files, reprs, and the exact errors (closed files, wrong direction, bad
# modes).  Every file lives in _io_test_tmp/, which the test creates and removes.
# OSError messages carry errno numbers, which differ on the WebAssembly oracle (ENOENT is 44
# there), so show() prints them as [Errno N]; the names and texts are still compared.
import io
import os

TMP = '_io_test_tmp'


def show(label, f):
    try:
        r = f()
    except Exception as e:
        msg = str(e)
        if isinstance(e, OSError) and e.errno is not None:
            msg = msg.replace('[Errno %d]' % e.errno, '[Errno N]')
        print(label, '->', type(e).__name__, msg)
    else:
        print(label, '->', repr(r))


def write_bytes(name, data):
    with open(name, 'wb') as f:
        f.write(data)


def read_bytes(name):
    with open(name, 'rb') as f:
        return f.read()


def cleanup():
    if os.path.isdir(TMP):
        for name in os.listdir(TMP):
            os.remove(TMP + '/' + name)
        os.rmdir(TMP)


cleanup()
os.mkdir(TMP)
os.chdir(TMP)
try:
    # ───────────── writing and reading text ─────────────
    with open('data.txt', 'w') as f:
        print(repr(f))
        print(f.write('hello\n'), f.write('wörld\n'), f.writelines(['third line\n', 'no newline']))
        print(f.name, f.mode, f.encoding, f.errors, f.line_buffering, f.closed)
        print(f.readable(), f.writable(), f.seekable(), f.isatty(), isinstance(f.fileno(), int))
        print(f.tell())
    print(f.closed, repr(f))
    print(read_bytes('data.txt'))

    with open('data.txt') as f:
        print(repr(f.read()))
        print(repr(f.read()), f.tell())
    with open('data.txt') as f:
        print(repr(f.read(3)), repr(f.read(4)), f.tell(), repr(f.read(0)), repr(f.read(100)))
    with open('data.txt') as f:
        print(repr(f.readline()), f.tell(), repr(f.readline(3)), repr(f.readline()), f.tell())
        print(repr(f.readline()), repr(f.readline()), repr(f.readline()))
    with open('data.txt') as f:
        print(f.readlines())
    with open('data.txt') as f:
        print(f.readlines(3), f.readlines(1), f.readlines())
    with open('data.txt') as f:
        print([line for line in f])
    with open('data.txt') as f:
        for i, line in enumerate(f):
            print(i, repr(line))
    with open('data.txt', 'rt') as f:
        print(repr(f), f.mode, f.newlines)
        first = f.readline()
        mark = f.tell()
        second = f.readline()
        f.seek(0)
        print(repr(f.readline()) == repr(first), f.seek(mark), repr(f.readline()) == repr(second))
        print(f.seek(0, 2), repr(f.read()), f.seek(0, 1) == f.tell())

    # print() writes through the file object
    with open('printed.txt', 'w') as f:
        print('a', 1, 2.5, sep='-', end='!\n', file=f)
        print(file=f)
        print('last', file=f)
    print(repr(read_bytes('printed.txt')))

    # ───────────── append, exclusive creation, update modes ─────────────
    with open('data.txt', 'a') as f:
        print(f.tell(), f.write('+appended\n'), f.tell())
    with open('data.txt') as f:
        print(f.read().split('\n')[-2:])
    show("open x existing", lambda: open('data.txt', 'x'))
    with open('new.txt', 'x') as f:
        print(repr(f), f.write('created'))
    print(read_bytes('new.txt'))
    with open('new.txt', 'r+') as f:
        print(repr(f), repr(f.buffer))
        print(f.write('CR'), f.tell())
        f.seek(0)
        print(repr(f.read()))
    with open('new.txt', 'w+') as f:
        f.write('one\ntwo\n')
        f.seek(0)
        print(repr(f.readline()), repr(f.read()))
    with open('new.txt', 'a+') as f:
        print(repr(f.read()), f.tell())
        f.seek(0)
        print(repr(f.readline()))
        f.write('three\n')         # 'a': always at the end, wherever the position was
        f.seek(0)
        print(repr(f.read()))
    with open('new.txt', 'r+') as f:
        print(f.truncate(4), f.tell(), repr(f.read()))
    # writing after reading: the bytes go after what the text layer read ahead (here the whole
    # small file); text read by a for loop is still there to read afterwards
    write_bytes('rw.txt', b'one\ntwo\nthree\n')
    with open('rw.txt', 'r+') as f:
        print(repr(f.readline()), f.write('X'), repr(f.read()))
    with open('rw.txt', 'r+') as f:
        print(repr(next(f)), f.write('Y'), repr(f.read()))
    print(read_bytes('rw.txt'))
    print(read_bytes('new.txt'), os.stat('new.txt').st_size)

    # ───────────── binary files ─────────────
    with open('data.bin', 'wb') as f:
        print(repr(f), f.mode, f.write(b'\x00\x01line one\nline two\n'), f.write(bytearray(b'\xffend')))
        print(f.tell(), f.readable(), f.writable(), f.seekable())
    print(repr(f))
    with open('data.bin', 'rb') as f:
        print(repr(f), f.mode, repr(f.raw))
        print(f.read(2), f.readline(), f.tell(), f.peek(4)[:4], f.read1(3), f.read())
        print(f.seek(2), f.read(4), f.seek(-3, 2), f.read(), f.seek(-5, 1), f.read(2), f.tell())
        f.seek(0)
        print(f.readlines())
        f.seek(0)
        print(list(f))
        f.seek(2)
        buf = bytearray(4)
        print(f.readinto(buf), buf)
    with open('data.bin', 'r+b') as f:
        print(repr(f), f.mode, f.read(2), f.write(b'LINE'), f.tell())
        f.seek(0)
        print(f.read())
        print(f.seek(0, 2), f.write(b'!'), f.truncate(5), f.tell())
    print(read_bytes('data.bin'))
    with open('data.bin', 'ab') as f:
        print(f.mode, f.tell(), f.write(b'++'), f.tell())
    print(read_bytes('data.bin'))

    # unbuffered: the FileIO itself
    with open('raw.bin', 'wb', buffering=0) as f:
        print(repr(f), f.mode, f.closefd, f.write(b'raw bytes\nsecond\n'), f.tell())
    print(repr(f))
    with open('raw.bin', 'rb', buffering=0) as f:
        print(type(f).__name__, f.read(3), f.readline(), f.readall(), f.read(), f.seek(4), f.read(5))
    f = io.FileIO('raw.bin')
    print(repr(f), f.read(), f.closed)
    f.close()
    print(f.closed, repr(f))

    # an open descriptor, and a path-like object
    fd = os.open('data.txt', os.O_RDONLY)
    with open(fd) as f:
        print(repr(f), f.name, repr(f.readline()))
    show('fd closed with the file', lambda: os.read(fd, 1))

    class Path:
        def __init__(self, p):
            self.p = p

        def __fspath__(self):
            return self.p

    with open(Path('data.txt')) as f:
        print(repr(f), repr(f.readline()))

    def opener(path, flags):
        print('opener called for', path)
        return os.open(path, flags, 0o644)

    with open('opened.txt', 'w', opener=opener) as f:
        f.write('via opener')
    print(read_bytes('opened.txt'))

    # ───────────── newline translation ─────────────
    write_bytes('nl.txt', b'a\nb\r\nc\rd\r\n\re')
    for nl in [None, '', '\n', '\r', '\r\n']:
        with open('nl.txt', newline=nl) as f:
            lines = f.readlines()
            print(repr(nl), lines, repr(f.newlines))
        with open('nl.txt', newline=nl) as f:
            print('   ', repr(f.read()), repr(f.read(2)))
        with open('nl.txt', newline=nl) as f:
            print('   ', repr(f.read(3)), repr(f.read(3)), repr(f.readline()), end=' ')
            mark = f.tell()         # an opaque cookie: only seek() may interpret it
            rest = f.read()
            print(f.seek(mark) == mark, f.read() == rest, repr(rest))
    for nl in [None, '', '\n', '\r', '\r\n']:
        with open('nlw.txt', 'w', newline=nl) as f:
            f.write('x\ny\r\nz\r')
        print('write', repr(nl), read_bytes('nlw.txt'))
    with open('nl.txt') as f:
        print(repr(f.newlines), repr(f.readline()), repr(f.newlines))

    # a '\r\n' split across the 8192-byte chunks the text layer decodes
    write_bytes('chunk.txt', b'x' * 8191 + b'\r\n' + b'y\r' * 3)
    with open('chunk.txt') as f:
        print([len(line) for line in f.readlines()], repr(f.newlines))
    with open('chunk.txt') as f:
        parts = []
        while True:
            piece = f.read(1000)
            if not piece:
                break
            parts.append(piece)
        text = ''.join(parts)
        print(len(text), text.count('\n'), '\r' in text, repr(text[8189:8194]))
    with open('chunk.txt', newline='') as f:
        print([len(line) for line in f], repr(f.newlines))

    # a character split across chunks: 'é' is two bytes, '€' three
    text = 'a' * 8191 + 'é€' * 3 + '\nend\n'
    with open('utf8.txt', 'w', encoding='utf-8') as f:
        print(f.write(text), repr(f))
    print(os.stat('utf8.txt').st_size)
    with open('utf8.txt', encoding='utf-8') as f:
        print(f.read() == text)
    with open('utf8.txt', encoding='utf-8') as f:
        line = f.readline()
        print(len(line), repr(line[-8:]), f.tell(), repr(f.readline()), repr(f.readline()))
    with open('utf8.txt', encoding='utf-8') as f:
        got = []
        while True:
            c = f.read(4097)
            if not c:
                break
            got.append(c)
        print([len(c) for c in got], ''.join(got) == text)

    # many lines, and tell()/seek() in the middle of them
    with open('big.txt', 'w') as f:
        for i in range(5000):
            f.write('line %d: %s\n' % (i, 'x' * (i % 37)))
    with open('big.txt') as f:
        count = 0
        total = 0
        for line in f:
            count += 1
            total += len(line)
        print(count, total, os.stat('big.txt').st_size)
    with open('big.txt') as f:
        for i in range(2500):
            f.readline()
        mark = f.tell()
        want = f.readline()
        f.read(10000)
        f.seek(mark)
        print(mark, repr(want), f.readline() == want)

    # ───────────── encodings and decoding errors ─────────────
    with open('latin.txt', 'w', encoding='latin-1') as f:
        print(repr(f), f.write('café'))
    print(read_bytes('latin.txt'))
    with open('latin.txt', encoding='latin-1') as f:
        print(repr(f.read()))
    with open('latin.txt', encoding='utf-8', errors='replace') as f:
        print(ascii(f.read()), f.errors)
    with open('latin.txt', encoding='utf-8', errors='ignore') as f:
        print(repr(f.read()))
    with open('latin.txt', encoding='utf-8') as f:
        show('strict decode', f.read)
    with open('latin.txt', encoding='ascii') as f:
        show('ascii decode', f.read)
    with open('enc.txt', 'w', encoding='ascii') as f:
        show('ascii encode', lambda: f.write('naïve'))
    with open('enc.txt', 'w', encoding='ascii', errors='replace') as f:
        print(f.write('naïve'))
    print(read_bytes('enc.txt'))
    show('unknown encoding', lambda: open('enc.txt', encoding='no-such-codec'))
    write_bytes('cut.txt', b'ok \xc3')
    with open('cut.txt', encoding='utf-8') as f:
        show('truncated utf-8', f.read)

    # ───────────── mode and argument errors ─────────────
    for mode in ['rw', 'rr', 'q', 'U', '', 'b', 't', 'bt', 'r+w', 'ra', '+', 'wtb', 'r++', 'rbb']:
        show('mode %r' % mode, lambda: open('data.txt', mode))
    show('binary encoding', lambda: open('data.txt', 'rb', encoding='utf-8'))
    show('binary errors', lambda: open('data.txt', 'rb', errors='strict'))
    show('binary newline', lambda: open('data.txt', 'rb', newline=''))
    show('bad newline', lambda: open('data.txt', newline='x'))
    show('unbuffered text', lambda: open('data.txt', buffering=0))
    show('mode type', lambda: open('data.txt', 5))
    show('file type', lambda: open(3.5))
    show('closefd with name', lambda: open('data.txt', closefd=False))
    show('missing', lambda: open('missing.txt'))
    show('missing dir', lambda: open('nodir/file.txt', 'w'))
    os.mkdir('sub')
    show('directory', lambda: open('sub'))
    show('directory w', lambda: open('sub', 'w'))
    os.rmdir('sub')

    # ───────────── operations that are refused ─────────────
    f = open('w-only.txt', 'w')
    for name in ['read', 'readline', 'readlines']:
        show('w-text ' + name, getattr(f, name))
    show('w-text next', lambda: next(f))
    show('w-text write bytes', lambda: f.write(b'x'))
    show('w-text write int', lambda: f.write(5))
    f.close()
    f = open('data.txt')
    show('r-text write', lambda: f.write('x'))
    show('r-text writelines', lambda: f.writelines(['x']))
    show('r-text truncate', f.truncate)
    show('seek cur', lambda: f.seek(1, 1))
    show('seek end', lambda: f.seek(-1, 2))
    show('seek whence', lambda: f.seek(0, 3))
    show('seek negative', lambda: f.seek(-1))
    for line in f:
        show('tell in for', f.tell)
        break
    f.close()
    f = open('data.bin', 'wb')
    show('w-bin read', f.read)
    show('w-bin readline', f.readline)
    show('w-bin read1', lambda: f.read1(3))
    show('w-bin readinto', lambda: f.readinto(bytearray(3)))
    show('w-bin write str', lambda: f.write('x'))
    f.close()
    f = open('data.bin', 'rb')
    show('r-bin write', lambda: f.write(b'x'))
    show('r-bin truncate', f.truncate)
    show('r-bin seek whence', lambda: f.seek(0, 5))
    show('r-bin seek negative', lambda: f.seek(-1))
    f.close()
    f = open('raw.bin', 'wb', buffering=0)
    show('w-raw read', f.read)
    show('w-raw readline', f.readline)
    show('w-raw write str', lambda: f.write('x'))
    f.close()
    f = open('raw.bin', 'rb', buffering=0)
    show('r-raw write', lambda: f.write(b'x'))
    show('r-raw truncate', f.truncate)
    f.close()
    try:
        open('data.txt').write('x')
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', type(e).__module__, isinstance(e, OSError), isinstance(e, ValueError))

    # ───────────── closed files ─────────────
    f = open('data.txt')
    f.close()
    print(f.closed, repr(f), repr(f.buffer), repr(f.buffer.raw), f.name, f.mode, f.encoding)
    for name in ['read', 'readline', 'readlines', 'tell', 'fileno', 'isatty', 'readable',
                 'writable', 'seekable', 'flush', '__iter__', '__next__', '__enter__', 'truncate',
                 'close']:
        show('closed text ' + name, getattr(f, name))
    show('closed text write', lambda: f.write('x'))
    show('closed text seek', lambda: f.seek(0))
    show('closed text writelines', lambda: f.writelines([]))
    f = open('data.bin', 'rb')
    f.close()
    for name in ['read', 'read1', 'peek', 'readline', 'readlines', 'tell', 'fileno', 'isatty',
                 'readable', 'writable', 'seekable', 'flush', '__next__', 'truncate']:
        show('closed rb ' + name, getattr(f, name))
    show('closed rb seek', lambda: f.seek(0))
    f = open('data.bin', 'wb')
    f.close()
    for name in ['flush', 'tell', 'readable', 'writable']:
        show('closed wb ' + name, getattr(f, name))
    show('closed wb write', lambda: f.write(b'x'))
    show('closed wb seek', lambda: f.seek(0))
    f = open('raw.bin', 'rb', buffering=0)
    f.close()
    for name in ['read', 'readall', 'readline', 'tell', 'fileno', 'isatty', 'readable', 'flush']:
        show('closed raw ' + name, getattr(f, name))
    show('closed raw write', lambda: f.write(b'x'))
    with open('data.txt') as f:
        pass
    show('with closed', lambda: f.read())
    try:
        with open('data.txt') as f:
            raise KeyError('inside with')
    except KeyError as e:
        print('KeyError', e, f.closed)

    # ───────────── detach, and line buffering ─────────────
    f = open('data.txt')
    b = f.detach()
    print(repr(b), b.readline())
    show('detached read', f.read)
    show('detached name', lambda: f.name)
    show('detached repr', lambda: repr(f))
    b.close()
    f = open('lb.txt', 'w', buffering=1)
    print(f.line_buffering, f.write('no newline yet'), read_bytes('lb.txt'))
    f.write(' and now\n')
    print(read_bytes('lb.txt'))
    f.write('pending')
    print(read_bytes('lb.txt'))
    f.flush()
    print(read_bytes('lb.txt'))
    f.close()
    f = open('wb.bin', 'wb')
    f.write(b'buffered')
    print(read_bytes('wb.bin'))
    f.flush()
    print(read_bytes('wb.bin'))
    f.close()
finally:
    os.chdir('..')
    cleanup()
print(os.path.exists(TMP))
